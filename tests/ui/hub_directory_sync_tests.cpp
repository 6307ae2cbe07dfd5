// "Known to the hub?" end to end: the SyncController asks a real SyncService's directory
// from a front-desk laptop that does not hold the family, and the wizard shows the answer.
#include "../support/temp_store.h"
#include "client/hub_directory.h"
#include "client/in_process_transport.h"
#include "client/sync_engine.h"
#include "client/token_store_memory.h"
#include "registration/hub_directory_section.h"
#include "registration/match_panel.h"
#include "registration/people_page.h"
#include "registration/registration_launcher.h"
#include "registration/registration_wizard.h"
#include "server/server_store.h"
#include "server/sync_service.h"
#include "store_session.h"
#include "sync/sync_controller.h"
#include "ui_test_support.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>
#include <optional>

using namespace kith;
using kith::ui::StoreSession;
using kith::ui::SyncController;
using kith::ui::test::waitUntil;

namespace {

const QString kServer = QStringLiteral("http://hub.test");
const QString kPassword = QStringLiteral("correct horse battery");

// One hub's server and two laptops: A of Sam (north team), who registers the Khan family
// and names Jo Marsh its lead professional, and B at the front desk (another account and
// team), which the family never reaches.
struct FrontDesk {
    QTemporaryDir dir;
    // The controller sends the real time with each request (it asks with the system clock),
    // so the server and both laptops keep the real time too, or it would refuse the drift.
    const Clock& clock = Clock::system();
    std::unique_ptr<server::ServerStore> serverStore;
    std::unique_ptr<server::SyncService> service;
    std::unique_ptr<StoreSession> a;
    std::unique_ptr<StoreSession> b;
    QObject mainThread; // the server answers in the test's thread, where its store was opened
    QString familyId;

    FrontDesk() {
        auto opened = server::ServerStore::openSqlite(dir.filePath(QStringLiteral("server.db")));
        REQUIRE(opened);
        serverStore = std::move(opened).value();
        serverStore->setPasswordCost(server::PasswordCost::Fast);
        for (const auto& [name, team] : {std::pair{"sam", "north"}, std::pair{"desk", "south"}})
            REQUIRE(serverStore->addAccount({QString::fromLatin1(name),
                                             QStringLiteral("practitioner"),
                                             QString::fromLatin1(team),
                                             {},
                                             {},
                                             kPassword}));
        service = std::make_unique<server::SyncService>(*serverStore, clock);
        a = openLaptop(QStringLiteral("a.sqlite"));
        b = openLaptop(QStringLiteral("b.sqlite"));

        FamilyStore& families = a->store();
        familyId = families.createFamily(testing::sampleFamily()).value();
        const QString agency = families
                                   .saveAgency({{},
                                                QStringLiteral("Health Visiting Team"),
                                                QStringLiteral("health"),
                                                QStringLiteral("01632 960100"),
                                                {}})
                                   .value();
        const QString lead = families
                                 .saveProfessional({{},
                                                    agency,
                                                    QStringLiteral("Jo Marsh"),
                                                    QStringLiteral("Health visitor"),
                                                    QStringLiteral("07700 900456"),
                                                    {}})
                                 .value();
        REQUIRE(families.appointLeadProfessional(familyId, lead, clock.nowUtc().date().addDays(-30),
                                                 QStringLiteral("First TAF"), true));
        sync::InProcessTransport direct(
            [this](const sync::TransportRequest& request) { return answer(request); });
        sync::SyncEngine engine(a->database(), direct);
        const sync::SyncOutcome synced =
            engine.syncOnce({kServer, QStringLiteral("sam"), kPassword, {}});
        INFO(synced.failure.message.toStdString());
        REQUIRE(synced.ok);
    }
    std::unique_ptr<StoreSession> openLaptop(const QString& name) {
        auto opened = StoreSession::open(dir.filePath(name), clock);
        INFO(opened.message.toStdString());
        REQUIRE(opened);
        return std::move(opened.session);
    }
    sync::TransportResponse answer(const sync::TransportRequest& request) {
        server::ServiceRequest made{request.method, request.path, request.query, request.headers,
                                    request.body};
        const server::ServiceResponse given = service->handle(made);
        return {given.status, given.headers, given.body, {}};
    }
    // For the controller's threads: each request is handed to the test's thread to answer.
    ui::TransportFactory transports() {
        return [this](const QString&) {
            return std::make_unique<sync::InProcessTransport>(
                [this](const sync::TransportRequest& request) {
                    sync::TransportResponse given;
                    QMetaObject::invokeMethod(
                        &mainThread, [&] { given = answer(request); },
                        Qt::BlockingQueuedConnection);
                    return given;
                });
        };
    }
    // One sync through the controller, which keeps its sign-in for asking the hub.
    static void syncOnce(SyncController& controller) {
        controller.syncNow();
        REQUIRE(waitUntil([&] { return !controller.isRunning(); }, 10000));
        INFO(controller.facts().problem.toStdString());
        REQUIRE(controller.facts().problem.isEmpty());
    }
    // B's controller, signed in by one sync as the front desk.
    std::unique_ptr<SyncController> frontDeskController(QWidget& window) {
        auto controller = std::make_unique<SyncController>(
            &window, std::make_unique<sync::MemoryTokenStore>(), transports());
        controller->setCredentialsPrompt(
            [](const ui::SyncCredentials&, const QString&, const QString&) {
                return std::optional<ui::SyncCredentials>(
                    ui::SyncCredentials{kServer, QStringLiteral("desk"), kPassword});
            });
        controller->setSession(b.get());
        return controller;
    }
};

} // namespace

TEST_CASE("The front desk learns from the hub that a family it does not hold is known",
          "[ui][hub-directory]") {
    QStandardPaths::setTestModeEnabled(true);
    FrontDesk hub;
    QWidget window;
    std::unique_ptr<SyncController> controller = hub.frontDeskController(window);
    CHECK_FALSE(controller->canAskHub()); // never synced: no sign-in to ask with

    FrontDesk::syncOnce(*controller);
    CHECK_FALSE(hub.b->store().loadFamily(hub.familyId)); // need-to-know: not on this laptop
    REQUIRE(controller->canAskHub());

    std::optional<sync::HubDirectoryAnswer> answer;
    QObject context;
    controller->askHub(
        {QStringLiteral("Amira"), QStringLiteral("Khan"), QStringLiteral("1994-06-02"), {}, {}},
        &context, [&](const sync::HubDirectoryAnswer& given) { answer = given; });
    CHECK_FALSE(answer); // the window did not wait
    REQUIRE(waitUntil([&] { return answer.has_value(); }, 10000));
    INFO(answer->failure.message.toStdString());
    REQUIRE(answer->ok);
    REQUIRE(answer->matches.size() == 1);
    CHECK(answer->matches.first().familyId == hub.familyId);
    REQUIRE(answer->matches.first().lead);
    CHECK(answer->matches.first().lead->name == QStringLiteral("Jo Marsh"));
    CHECK(answer->matches.first().lead->agency == QStringLiteral("Health Visiting Team"));
    CHECK(answer->matches.first().lead->phone == QStringLiteral("07700 900456"));

    // Someone the hub does not know.
    answer.reset();
    controller->askHub(
        {QStringLiteral("Sam"), QStringLiteral("Jones"), QStringLiteral("2015-05-05"), {}, {}},
        &context, [&](const sync::HubDirectoryAnswer& given) { answer = given; });
    REQUIRE(waitUntil([&] { return answer.has_value(); }, 10000));
    CHECK(answer->ok);
    CHECK(answer->matches.isEmpty());

    // The registration wizard on B asks through the controller and shows the lead.
    ui::RegistrationLauncher launcher(&window, [&] { return hub.b.get(); });
    launcher.setSyncController(controller.get());
    launcher.start();
    auto* wizard = window.findChild<ui::RegistrationWizard*>();
    REQUIRE(wizard);
    MatchPanel* panel = wizard->peoplePage()->matchPanel();
    REQUIRE_FALSE(panel->hubSection()->isHidden());
    panel->setQuery({QStringLiteral("Amira"), QStringLiteral("Khan"), QDate(1994, 6, 2), {}, {}});
    REQUIRE(waitUntil(
        [&] { return panel->hubSection()->state() == HubDirectorySection::State::Known; }, 10000));
    const auto* details = panel->hubSection()->findChild<QLabel*>(QStringLiteral("hubDetails"));
    CHECK(details->text().contains(QStringLiteral("Jo Marsh, Health Visiting Team")));
    delete wizard;
}

TEST_CASE("Without a kept sign-in the hub is not asked and the panel is not offered it",
          "[ui][hub-directory]") {
    QStandardPaths::setTestModeEnabled(true);
    FrontDesk hub;
    QWidget window;
    std::unique_ptr<SyncController> controller = hub.frontDeskController(window);
    FrontDesk::syncOnce(*controller);
    REQUIRE(controller->canAskHub());
    controller->tokens().erase({kServer, QStringLiteral("desk")});

    std::optional<sync::HubDirectoryAnswer> answer;
    QObject context;
    controller->askHub({{}, {}, {}, {}, QStringLiteral("9434765919")}, &context,
                       [&](const sync::HubDirectoryAnswer& given) { answer = given; });
    CHECK_FALSE(answer); // even this answer comes through the event loop
    REQUIRE(waitUntil([&] { return answer.has_value(); }));
    CHECK_FALSE(answer->ok);
    CHECK(answer->failure.problem == sync::SyncProblem::SignInAgain);

    // A store that never synced: the wizard has no hub section.
    auto opened = StoreSession::open(hub.dir.filePath(QStringLiteral("new.sqlite")), hub.clock);
    REQUIRE(opened);
    controller->setSession(opened.session.get());
    CHECK_FALSE(controller->canAskHub());
    ui::RegistrationLauncher launcher(&window, [&] { return opened.session.get(); });
    launcher.setSyncController(controller.get());
    launcher.start();
    auto* wizard = window.findChild<ui::RegistrationWizard*>();
    REQUIRE(wizard);
    CHECK(wizard->peoplePage()->matchPanel()->hubSection()->isHidden());
    delete wizard;
}
