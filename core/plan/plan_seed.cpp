#include "plan/plan_seed.h"

#include <QRegularExpression>

namespace kith::plan {
namespace {

// One need per non-empty line, without a leading bullet or number.
QStringList pieces(const QString& text) {
    static const QRegularExpression bullet(QStringLiteral(R"(^\s*([-*\x{2022}]|\d+[.)])\s*)"));
    QStringList found;
    for (QString line : text.split(u'\n')) {
        line.remove(bullet);
        if (!line.trimmed().isEmpty())
            found << line.trimmed();
    }
    return found;
}

} // namespace

QList<PlanNeed> needsFromAnswers(const assessment::Answers& answers) {
    QList<PlanNeed> needs;
    for (const QString& path : {kWorriesPath, kSupportPath}) {
        for (const QString& piece : pieces(answers.value(path).toString())) {
            PlanNeed need;
            need.text = piece;
            need.sourcePath = path;
            needs.append(need);
        }
    }
    return needs;
}

} // namespace kith::plan
