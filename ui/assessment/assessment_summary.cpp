#include "assessment/assessment_summary.h"

#include <QLocale>

namespace kith::ui {

using namespace assessment;

namespace {

// The latest review of a kind, if any.
const Review* latest(const QList<Review>& reviews, ReviewAction action) {
    for (auto it = reviews.crbegin(); it != reviews.crend(); ++it) {
        if (it->action == action)
            return &*it;
    }
    return nullptr;
}

QDate localDay(const QDateTime& at) {
    return at.toLocalTime().date();
}

} // namespace

QString AssessmentSummary::shortDate(const QDate& day) {
    return QLocale().toString(day, QStringLiteral("ddd d MMM yyyy"));
}

QString AssessmentSummary::status(const Assessment& assessment, const QList<Review>& reviews,
                                  const NameOf& professional) {
    switch (assessment.status) {
    case AssessmentStatus::Draft:
        if (assessment.version > 1)
            return tr("Draft of version %1: changes since version %2 was signed off.")
                .arg(assessment.version)
                .arg(assessment.version - 1);
        return tr("Draft, being written with the family.");
    case AssessmentStatus::Submitted:
        if (const Review* sent = latest(reviews, ReviewAction::Submitted))
            return tr("Sent for sign-off on %1 by %2. It cannot be changed until a manager "
                      "signs it off or returns it.")
                .arg(shortDate(localDay(sent->at)), professional(sent->by));
        return tr("Sent for sign-off.");
    case AssessmentStatus::Approved:
        if (const Review* approved = latest(reviews, ReviewAction::Approved))
            return tr("Signed off: version %1, on %2 by %3. Changing an answer starts "
                      "version %4.")
                .arg(assessment.version)
                .arg(shortDate(localDay(approved->at)), professional(approved->by))
                .arg(assessment.version + 1);
        return tr("Signed off: version %1.").arg(assessment.version);
    case AssessmentStatus::Returned:
        return tr("Returned with comments: change what the manager asks, then send it again.");
    }
    return {};
}

QString AssessmentSummary::returnedComments(const Assessment& assessment,
                                            const QList<Review>& reviews,
                                            const NameOf& professional) {
    if (assessment.status != AssessmentStatus::Returned)
        return {};
    const Review* returned = latest(reviews, ReviewAction::Returned);
    if (!returned)
        return {};
    return tr("%1 returned it on %2: \u201c%3\u201d")
        .arg(professional(returned->by), shortDate(localDay(returned->at)), returned->comments);
}

bool AssessmentSummary::overdue(const AssessmentDeadline& deadline, const Assessment& assessment,
                                const QDate& today) {
    return deadline.dueDate.isValid() && assessment.status != AssessmentStatus::Approved &&
           today > deadline.dueDate;
}

QString AssessmentSummary::due(const AssessmentDeadline& deadline, const Assessment& assessment,
                               const QDate& today) {
    if (!deadline.dueDate.isValid())
        return deadline.basis;
    if (overdue(deadline, assessment, today))
        return tr("Overdue: it was due %1, %2.").arg(shortDate(deadline.dueDate), deadline.basis);
    return tr("Due %1, %2.").arg(shortDate(deadline.dueDate), deadline.basis);
}

QString AssessmentSummary::overall(const Completeness& completeness) {
    int required = 0, given = 0;
    for (const SectionCompleteness& section : completeness.sections) {
        required += section.required;
        given += section.given;
    }
    return tr("%1% complete: %2 of %3 needed answers given")
        .arg(completeness.percent())
        .arg(given)
        .arg(required);
}

QString AssessmentSummary::progress(const SectionDefinition& section,
                                    const SectionCompleteness& done) {
    if (done.required == 0)
        return section.kind == SectionKind::Fields ? tr("Nothing required")
                                                   : tr("From the family record");
    if (done.isComplete())
        return tr("\u2713 Complete");
    return tr("%1 of %2 answered").arg(done.given).arg(done.required);
}

QString AssessmentSummary::familyViews(const QList<FamilyAgreement>& agreements,
                                       const NameOf& person, bool* anyDisagreement) {
    QStringList lines;
    bool disagreed = false;
    for (auto it = agreements.crbegin(); it != agreements.crend(); ++it) {
        const QString who = it->personId.isEmpty() ? tr("The family") : person(it->personId);
        QString what;
        switch (it->agreement) {
        case Agreement::Agree:
            what = tr("%1 agreed with the assessment (version %2, %3).");
            break;
        case Agreement::Partly:
            what = tr("%1 partly agreed with the assessment (version %2, %3).");
            disagreed = true;
            break;
        case Agreement::Disagree:
            what = tr("%1 disagreed with the assessment (version %2, %3).");
            disagreed = true;
            break;
        }
        QString line = what.arg(who).arg(it->version).arg(shortDate(localDay(it->recordedAt)));
        if (!it->comments.isEmpty())
            line += tr(" In their words: \u201c%1\u201d").arg(it->comments);
        lines.append(line);
    }
    if (anyDisagreement)
        *anyDisagreement = disagreed;
    return lines.join(QLatin1Char('\n'));
}

QString AssessmentSummary::missing(const QStringList& items, int shown) {
    if (items.isEmpty())
        return {};
    const QStringList first = items.mid(0, shown);
    QString text = tr("Still needed before it can be sent for sign-off: %1")
                       .arg(first.join(QStringLiteral("; ")));
    if (items.size() > shown)
        text += tr("; and %1 more (see the sections not yet ticked).").arg(items.size() - shown);
    else
        text += QLatin1Char('.');
    return text;
}

} // namespace kith::ui
