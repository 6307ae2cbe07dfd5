// The Assessment tab's actions: starting, sending for sign-off, signing off, returning,
// the family's view and the history. Each calls the store and shows its refusal.
#include "assessment/assessment_dialogs.h"
#include "assessment/assessment_header.h"
#include "assessment/assessment_history.h"
#include "assessment/assessment_page.h"
#include "assessment/assessment_store.h"
#include "store_session.h"

#include <QLabel>

namespace kith::ui {

using namespace assessment;

void AssessmentPage::connectActions() {
    connect(m_header, &AssessmentHeader::sendRequested, this, [this] { sendForSignOff(); });
    connect(m_header, &AssessmentHeader::signOffRequested, this, [this] {
        CommentsDialog dialog(
            tr("Sign off the assessment"),
            tr("Any comments for the record (you may leave this empty):"), tr("Sign off"),
            [this](const QString& c) { return signOff(c); }, this);
        dialog.exec();
    });
    connect(m_header, &AssessmentHeader::returnRequested, this, [this] {
        CommentsDialog dialog(
            tr("Return with comments"), tr("What needs to change before it can be signed off?"),
            tr("Return it"), [this](const QString& c) { return returnWithComments(c); }, this);
        dialog.exec();
    });
    connect(m_header, &AssessmentHeader::agreementRequested, this, [this] {
        AgreementDialog dialog(
            m_family.names,
            [this](Agreement agreement, const QString& c, const QString& who) {
                return recordFamilyView(agreement, c, who);
            },
            this);
        dialog.exec();
    });
    connect(m_header, &AssessmentHeader::historyRequested, this, [this] {
        savePending();
        const auto history =
            assessmentHistory(*m_store, m_session->database().connection(), *m_assessment);
        if (!history) {
            m_header->showMessage(Status::fail(history.error()));
            return;
        }
        HistoryDialog dialog(history.value(), m_store->versions(m_assessment->id), this);
        dialog.exec();
    });
}

Status AssessmentPage::start(const QString& formId) {
    if (!m_store || m_familyId.isEmpty())
        return Status::fail(tr("Choose a family first."));
    const auto started = m_store->start(m_familyId, formId);
    if (!started) {
        m_startProblem->setText(started.error());
        m_startProblem->show();
        return Status::fail(started.error());
    }
    reload();
    return okStatus();
}

Status AssessmentPage::sendForSignOff() {
    if (!m_assessment)
        return Status::fail(tr("There is no assessment to send."));
    savePending();
    const Status done = m_store->submit(m_assessment->id);
    m_assessment = m_store->load(m_assessment->id);
    refreshSummary();
    m_header->showMessage(done);
    return done;
}

Status AssessmentPage::signOff(const QString& comments) {
    if (!m_assessment)
        return Status::fail(tr("There is no assessment to sign off."));
    const Status done = m_store->approve(m_assessment->id, comments);
    m_assessment = m_store->load(m_assessment->id);
    refreshSummary();
    m_header->showMessage(done);
    return done;
}

Status AssessmentPage::returnWithComments(const QString& comments) {
    if (!m_assessment)
        return Status::fail(tr("There is no assessment to return."));
    const Status done = m_store->returnForChanges(m_assessment->id, comments);
    m_assessment = m_store->load(m_assessment->id);
    refreshSummary();
    m_header->showMessage(done);
    return done;
}

Status AssessmentPage::recordFamilyView(Agreement agreement, const QString& comments,
                                        const QString& personId) {
    if (!m_assessment)
        return Status::fail(tr("There is no assessment to record the family's view on."));
    const auto done = m_store->recordAgreement(m_assessment->id, agreement, comments, personId);
    const Status status = done ? okStatus() : Status::fail(done.error());
    refreshSummary();
    m_header->showMessage(status);
    return status;
}

} // namespace kith::ui
