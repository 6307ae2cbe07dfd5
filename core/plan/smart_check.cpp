#include "plan/smart_check.h"

#include <QRegularExpression>

namespace kith::plan {
namespace {

// Words that sound like a plan but say nothing anyone can check at the review. Matched at
// the start of a word, so "improve", "improving" and "improvement" are all found.
const QRegularExpression& vagueWords() {
    static const QRegularExpression words(
        QStringLiteral(R"(\b(improv|support|engag|monitor|encourag|promot|ensur|)"
                       R"(consider|better|work on|working on|look into|looking into|try|tries|)"
                       R"(trying|keep an eye)\w*)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return words;
}

// Something a person can count or put in a diary: a number (digits or words), how often,
// or a day or month. "attend 9 of 10 school days each week" has three.
const QRegularExpression& measurable() {
    static const QRegularExpression signs(
        QStringLiteral(R"(\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|)"
                       R"(twelve|twenty|thirty|half|once|twice|daily|weekly|fortnightly|)"
                       R"(monthly|termly|nightly|every|each|per|weekdays?|weekends?|)"
                       R"(mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|)"
                       R"(sundays?|january|february|march|april|june|july|august|)"
                       R"(september|october|november|december|tomorrow|tonight)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return signs;
}

bool isComplete(ActionStatus status) {
    return status == ActionStatus::Done || status == ActionStatus::NoLongerNeeded;
}

SmartFinding finding(const QString& actionId, const char* code, QString message,
                     Severity severity) {
    return {actionId, QString::fromLatin1(code), std::move(message), severity};
}

} // namespace

QString severityCode(Severity severity) {
    return severity == Severity::Advice ? QStringLiteral("advice") : QStringLiteral("warning");
}

QString SmartCheck::vagueWordIn(const QString& text) {
    if (measurable().match(text).hasMatch())
        return {};
    const QRegularExpressionMatch vague = vagueWords().match(text);
    return vague.hasMatch() ? vague.captured(0) : QString();
}

QList<SmartFinding> SmartCheck::action(const PlanAction& action, QDate today) {
    QList<SmartFinding> found;
    // A finished action needs nothing more: checking it would only nag.
    if (isComplete(action.status))
        return found;
    const QString& id = action.id;
    if (action.owner.isEmpty())
        found << finding(id, "no_owner",
                         tr("Nobody is named to do this, so it may not happen. Choose who will "
                            "do it: a member of the family or a professional, by name."),
                         Severity::Warning);
    if (!action.dueOn.isValid())
        found << finding(id, "no_date",
                         tr("There is no date, so nobody can tell at the review whether it is "
                            "late. Agree a date by when it will be done."),
                         Severity::Warning);
    else if (action.dueOn < today)
        found << finding(id, "date_passed",
                         tr("The date (%1) has passed and this is not done. Agree a new date, or "
                            "mark it done or no longer needed.")
                             .arg(action.dueOn.toString(Qt::ISODate)),
                         Severity::Warning);
    if (action.howWeWillKnow.trimmed().isEmpty())
        found << finding(id, "no_measure",
                         tr("It does not say how we will know it is done. Write what everyone "
                            "will see when it has worked, e.g. \"Ali is at school 9 days out "
                            "of 10\"."),
                         Severity::Warning);
    const QString text = action.what + u'\n' + action.howWeWillKnow;
    if (const QString word = vagueWordIn(text); !word.isEmpty())
        found << finding(id, "vague_words",
                         tr("\"%1\" with nothing to count is hard to review: people can read it "
                            "differently. Add a number, how often or a date, e.g. \"attend 9 "
                            "of 10 school days each week\".")
                             .arg(word),
                         Severity::Advice);
    return found;
}

QList<SmartFinding> SmartCheck::plan(const Plan& plan, QDate today) {
    Q_UNUSED(today);
    QList<SmartFinding> found;
    if (plan.actions.isEmpty()) {
        found << finding({}, "no_actions",
                         tr("The plan has no actions yet. For each outcome, agree what will be "
                            "done, by whom and by when."),
                         Severity::Advice);
        return found;
    }
    const auto open = std::count_if(plan.actions.cbegin(), plan.actions.cend(),
                                    [](const PlanAction& a) { return !isComplete(a.status); });
    if (open > kMaxActions)
        found << finding({}, "too_many_actions",
                         tr("There are %1 actions still open. More than %2 is a lot for a family "
                            "to keep track of: keep the ones that matter most now and add others "
                            "at the review.")
                             .arg(open)
                             .arg(kMaxActions),
                         Severity::Advice);
    const bool familyHasOne =
        std::any_of(plan.actions.cbegin(), plan.actions.cend(),
                    [](const PlanAction& a) { return a.owner.kind == OwnerKind::FamilyMember; });
    if (!familyHasOne)
        found << finding({}, "no_family_action",
                         tr("No action is for the family themselves. A plan works best when the "
                            "family does part of it: agree at least one thing a family member "
                            "will do."),
                         Severity::Warning);
    return found;
}

QList<SmartFinding> checkPlan(const Plan& plan, QDate today) {
    QList<SmartFinding> found;
    for (const PlanAction& action : plan.actions)
        found += SmartCheck::action(action, today);
    found += SmartCheck::plan(plan, today);
    return found;
}

} // namespace kith::plan
