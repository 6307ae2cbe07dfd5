#include "simulation.h"

#include "protocol/http_deflate.h"
#include "sync_fixture.h"

#include <QJsonArray>
#include <iostream>
#include <random>

namespace kith::testing {
namespace {

const QStringList kEntities{QStringLiteral("family"),         QStringLiteral("person"),
                            QStringLiteral("person_name"),    QStringLiteral("address"),
                            QStringLiteral("contact_detail"), QStringLiteral("sync_conflict")};
const QStringList kGivenNames{QStringLiteral("Amira"), QStringLiteral("Amina"),
                              QStringLiteral("Jordan"), QStringLiteral("Kai"),
                              QStringLiteral("Lena")};

// One change a person made, as the row's field held it just after.
struct Edit {
    QString entity;
    QString id;
    QString field; // "*row*" for an insert, "*deleted*" for a removal
    QJsonValue value;
};

// KITH_SIM_TRACE=1 prints each step of a replayed seed.
void trace(const QString& line) {
    static const bool on = qEnvironmentVariableIsSet("KITH_SIM_TRACE");
    if (on)
        std::cerr << line.toStdString() << "\n";
}

// One field of a change the server acknowledged, and the version it answered.
struct Ack {
    QString entity;
    QString id;
    QString field; // a column, or "*deleted*"
    QJsonValue value;
    qint64 version = 0;
};

QString jsonText(const QJsonValue& value) {
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

class Simulation {
public:
    explicit Simulation(quint64 seed)
        : m_random(seed) {
        const int count = 2 + static_cast<int>(pick(3)); // 2 to 4 replicas
        for (int i = 0; i < count; ++i) {
            m_replicas.push_back(
                std::make_unique<Replica>(m_server, QStringLiteral("Worker %1").arg(i + 1)));
            m_replicas.back()->observe = [this](const auto& request, const auto& answer) {
                observe(request, answer);
            };
        }
        m_summary.replicas = count;
    }

    SimulationSummary run() {
        // Everyone starts from one shared family, then works offline and syncs at random.
        createFamily(*m_replicas.front());
        for (auto& replica : m_replicas) {
            if (!replica->sync().ok)
                return fail(QStringLiteral("the first sync failed"));
        }
        const int steps = 20 + static_cast<int>(pick(20));
        for (int step = 0; step < steps && m_summary.problem.isEmpty(); ++step) {
            advanceClocks(1 + static_cast<qint64>(pick(90)));
            Replica& replica = *m_replicas.at(pick(m_replicas.size()));
            if (pick(4) == 0)
                syncWithFaults(replica);
            else
                edit(replica);
        }
        if (m_summary.problem.isEmpty())
            quiesce();
        if (m_summary.problem.isEmpty())
            check();
        return m_summary;
    }

private:
    // Ids from the seed, so that a replayed seed picks the same people in the same order.
    QString seededId() {
        QByteArray bytes(16, Qt::Uninitialized);
        for (char& byte : bytes)
            byte = static_cast<char>(pick(256));
        bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x40);
        bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

    quint64 pick(quint64 below) {
        return std::uniform_int_distribution<quint64>(0, below - 1)(m_random);
    }

    SimulationSummary fail(const QString& problem) {
        if (m_summary.problem.isEmpty())
            m_summary.problem = problem;
        return m_summary;
    }

    void advanceClocks(qint64 seconds) {
        m_server.clock.advanceSeconds(seconds);
        for (auto& replica : m_replicas)
            replica->clock.set(m_server.clock.nowUtc());
    }

    void note(Replica& replica, const QString& entity, const QString& id, const QString& field) {
        sync::LocalTables tables(replica.database->connection());
        const auto row = tables.readRow(entity, id);
        if (!row)
            return;
        m_edits.append({entity, id, field,
                        field == QLatin1String("*row*") ? QJsonValue(*row) : row->value(field)});
        trace(QStringLiteral("%1 edits %2 %3 %4 = %5")
                  .arg(replica.families->database().deviceId().left(4), entity, id.left(8), field,
                       jsonText(m_edits.last().value).left(60)));
        ++m_summary.edits;
    }

    void createFamily(Replica& replica) {
        FamilyRecord record;
        record.family.id = seededId();
        record.family.name = QStringLiteral("Family %1").arg(m_families.size() + 1);
        for (int i = 0; i < 2; ++i) {
            Person person;
            person.id = seededId();
            person.role = i == 0 ? PersonRole::Parent : PersonRole::Child;
            person.givenName = kGivenNames.at(static_cast<int>(pick(kGivenNames.size())));
            person.familyName = QStringLiteral("Okafor");
            record.people.append(person);
        }
        record.addresses.append({{},
                                 {},
                                 QStringLiteral("1 Harbour Street"),
                                 {},
                                 QStringLiteral("Brixham"),
                                 QStringLiteral("TQ5 8AA"),
                                 QDate(2020, 1, 1),
                                 {}});
        auto made = replica.families->createFamily(record);
        if (!made) {
            fail(QStringLiteral("could not create a family: ") + made.error());
            return;
        }
        m_families.append(made.value());
        note(replica, QStringLiteral("family"), made.value(), QStringLiteral("*row*"));
    }

    std::optional<FamilyRecord> someFamily(Replica& replica) {
        QList<FamilyRecord> present;
        for (const QString& id : std::as_const(m_families)) {
            if (auto record = replica.families->loadFamily(id))
                present.append(*record);
        }
        if (present.isEmpty())
            return std::nullopt;
        return present.at(static_cast<qsizetype>(pick(present.size())));
    }

    void edit(Replica& replica) {
        const quint64 kind = pick(m_families.size() < 3 ? 8 : 7);
        if (kind == 7) {
            createFamily(replica);
            return;
        }
        const std::optional<FamilyRecord> record = someFamily(replica);
        if (!record || record->people.isEmpty())
            return;
        const QString familyId = record->family.id;
        Person person = record->people.at(static_cast<qsizetype>(pick(record->people.size())));
        switch (kind) {
        case 0:
            if (replica.families->renameFamily(familyId,
                                               QStringLiteral("Family %1").arg(pick(1000))))
                note(replica, QStringLiteral("family"), familyId, QStringLiteral("name"));
            break;
        case 1:
        case 2:
            person.givenName = kGivenNames.at(static_cast<int>(pick(kGivenNames.size())));
            if (replica.families->updatePerson(person))
                note(replica, QStringLiteral("person"), person.id, QStringLiteral("given_name"));
            break;
        case 3:
            person.school = QStringLiteral("School %1").arg(pick(5));
            if (replica.families->updatePerson(person))
                note(replica, QStringLiteral("person"), person.id, QStringLiteral("school"));
            break;
        case 4: {
            auto added = replica.families->addOtherName(
                {seededId(), person.id, PersonName::Kind::Alias, QStringLiteral("Sky"), {}});
            if (added)
                note(replica, QStringLiteral("person_name"), added.value(),
                     QStringLiteral("*row*"));
            break;
        }
        case 5: {
            auto added = replica.families->addContact(
                {{},
                 familyId,
                 person.id,
                 ContactDetail::Kind::Phone,
                 QStringLiteral("mobile"),
                 QStringLiteral("07700 900%1").arg(pick(1000), 3, 10, QLatin1Char('0')),
                 false});
            if (added)
                note(replica, QStringLiteral("contact_detail"), added.value(),
                     QStringLiteral("*row*"));
            break;
        }
        case 6:
            if (record->people.size() > 1 && replica.families->removePerson(person.id)) {
                m_edits.append(
                    {QStringLiteral("person"), person.id, QStringLiteral("*deleted*"), {}});
                trace(QStringLiteral("%1 removes person %2")
                          .arg(replica.database->deviceId().left(4), person.id.left(8)));
            }
            break;
        default:
            break;
        }
    }

    void syncWithFaults(Replica& replica) {
        const quint64 fault = pick(10);
        bool clockOff = false;
        replica.options.crashBeforeCursorSaved = {};
        if (fault == 0)
            replica.faults.loseResponse = true;
        else if (fault == 1)
            replica.faults.sendTwice = true;
        else if (fault == 2)
            replica.options.crashBeforeCursorSaved = [] {
                return true;
            };
        else if (fault == 3) {
            clockOff = true;
            replica.clock.advanceSeconds((pick(2) == 0 ? 1 : -1) * (2 + pick(5)) * 3600);
        }
        const bool hadChanges = replica.pending() > 0;
        const sync::SyncOutcome outcome = replica.sync();
        ++m_summary.syncs;
        if (!outcome.ok)
            ++m_summary.failedSyncs;
        trace(QStringLiteral("%1 syncs with fault %2: %3 pushed %4 pulled %5 conflicts %6")
                  .arg(replica.database->deviceId().left(4))
                  .arg(fault)
                  .arg(outcome.ok ? QStringLiteral("ok") : outcome.failure.message.left(40))
                  .arg(outcome.report.pushed)
                  .arg(outcome.report.pulled)
                  .arg(outcome.report.newConflicts));
        if (clockOff) {
            if (hadChanges &&
                (outcome.ok || outcome.failure.problem != sync::SyncProblem::ClockDrift))
                fail(QStringLiteral("a clock hours off was not refused with clock_drift"));
            if (hadChanges && replica.pending() == 0)
                fail(QStringLiteral("a refused push lost the outbox"));
            replica.clock.set(m_server.clock.nowUtc());
        } else if (fault > 3 && !outcome.ok) {
            fail(QStringLiteral("a sync without faults failed: ") + outcome.failure.message + u' ' +
                 outcome.failure.error.detail);
        }
        replica.options.crashBeforeCursorSaved = {};
    }

    void quiesce() {
        for (int round = 0; round < 10; ++round) {
            bool moved = false;
            for (auto& replica : m_replicas) {
                const sync::SyncOutcome outcome = replica->sync();
                ++m_summary.syncs;
                trace(QStringLiteral("%1 quiesces: pushed %2 pulled %3 conflicts %4 rejected %5")
                          .arg(replica->database->deviceId().left(4))
                          .arg(outcome.report.pushed)
                          .arg(outcome.report.pulled)
                          .arg(outcome.report.newConflicts)
                          .arg(outcome.report.rejected));
                if (!outcome.ok) {
                    fail(QStringLiteral("a sync while quiescing failed: ") +
                         outcome.failure.message + u' ' + outcome.failure.error.detail);
                    return;
                }
                moved = moved || outcome.report.pushed > 0 || outcome.report.pulled > 0;
            }
            if (!moved)
                return;
        }
        fail(QStringLiteral("the replicas did not settle after ten rounds of syncing"));
    }

    void check() {
        QMap<QString, QMap<QString, QJsonObject>> server;
        for (const QString& entity : kEntities)
            server.insert(entity, serverRows(*m_server.store, entity, m_families));
        m_summary.conflicts =
            static_cast<int>(server.value(QStringLiteral("sync_conflict")).size());
        for (qsizetype i = 0; i < static_cast<qsizetype>(m_replicas.size()); ++i) {
            Replica& replica = *m_replicas.at(static_cast<size_t>(i));
            if (replica.pending() != 0)
                return (void)fail(
                    QStringLiteral("replica %1 still has changes to push").arg(i + 1));
            for (const QString& entity : kEntities) {
                const auto mine = replica.rows(entity);
                if (mine != server.value(entity))
                    return (void)fail(
                        QStringLiteral("replica %1 differs from the server in %2:\n"
                                       "replica:\n%3server:\n%4")
                            .arg(i + 1)
                            .arg(entity, describeRows(mine), describeRows(server.value(entity))));
            }
        }
        checkEdits(server);
    }

    // Records what the server took: each field of each change it answered applied, duplicate
    // or conflict, with the version it gave (also when the answer is then lost).
    void observe(const sync::TransportRequest& request, const sync::TransportResponse& answer) {
        if (request.path != sync::path::push || answer.status != 200)
            return;
        // The engine deflates larger bodies, as it does on the network.
        QByteArray body = request.body;
        for (const auto& [name, value] : request.headers) {
            if (name.compare(sync::header::contentEncoding, Qt::CaseInsensitive) == 0 &&
                value == "deflate") {
                bool tooLarge = false;
                body = sync::inflateBody(request.body, sync::limits::maxBodyBytes, tooLarge)
                           .value_or(QByteArray());
            }
        }
        const auto sent = sync::PushRequest::fromJson(QJsonDocument::fromJson(body).object());
        const auto results =
            sync::PushResponse::fromJson(QJsonDocument::fromJson(answer.body).object());
        if (!sent || !results || sent.value().changes.size() != results.value().results.size())
            return (void)fail(QStringLiteral("a push or its answer could not be read"));
        for (qsizetype i = 0; i < sent.value().changes.size(); ++i) {
            const sync::PushChange& change = sent.value().changes.at(i);
            const sync::PushResult& result = results.value().results.at(i);
            if (result.status == sync::PushStatus::Rejected)
                return (void)fail(QStringLiteral("a change was rejected: ") + result.reason);
            if (!kEntities.contains(change.entity))
                continue;
            if (change.op == sync::ChangeOp::Delete)
                m_acks.append({change.entity, change.id, sync::kDeletedField, {}, result.version});
            for (auto it = change.fields.begin(); it != change.fields.end(); ++it)
                m_acks.append({change.entity, change.id, it.key(), it.value(), result.version});
        }
    }

    // Every acknowledged change is in the final state, or in a conflict record, or a change
    // the server took later replaced it.
    void checkEdits(const QMap<QString, QMap<QString, QJsonObject>>& server) {
        const QMap<QString, QJsonObject> conflicts = server.value(QStringLiteral("sync_conflict"));
        const auto conflictOn = [&](const Ack& ack, const QString& text) {
            return std::any_of(conflicts.begin(), conflicts.end(), [&](const QJsonObject& c) {
                return c.value(QStringLiteral("entity_id")).toString() == ack.id &&
                       c.value(QStringLiteral("field")).toString() == ack.field &&
                       (text.isEmpty() ||
                        c.value(QStringLiteral("client_value")).toString() == text ||
                        c.value(QStringLiteral("server_value")).toString() == text);
            });
        };
        for (const Ack& ack : std::as_const(m_acks)) {
            const QMap<QString, QJsonObject> rows = server.value(ack.entity);
            const auto row = rows.find(ack.id);
            const bool present = row != rows.end();
            const bool removed = std::any_of(m_acks.begin(), m_acks.end(), [&](const Ack& a) {
                return a.id == ack.id && a.field == sync::kDeletedField;
            });
            if (ack.field == sync::kDeletedField) {
                if (present && !conflictOn(ack, {}))
                    return (void)fail(
                        QStringLiteral("the removal of %1 %2 was lost").arg(ack.entity, ack.id));
                continue;
            }
            if (!present) {
                if (!removed)
                    return (void)fail(QStringLiteral("%1 %2 vanished").arg(ack.entity, ack.id));
                continue;
            }
            if (row->value(ack.field) == ack.value)
                continue;
            const bool replaced = std::any_of(m_acks.begin(), m_acks.end(), [&](const Ack& a) {
                return a.id == ack.id && a.field == ack.field && a.version > ack.version;
            });
            const QString text = jsonText(ack.value);
            if (replaced || conflictOn(ack, text))
                continue;
            QString related;
            for (const QJsonObject& c : conflicts) {
                if (c.value(QStringLiteral("entity_id")).toString() == ack.id)
                    related += jsonText(c) + u'\n';
            }
            related += QStringLiteral("acknowledged:\n");
            for (const Ack& a : std::as_const(m_acks)) {
                if (a.id == ack.id && (a.field == ack.field || a.field == sync::kDeletedField))
                    related += QStringLiteral("%1 = %2 at %3\n")
                                   .arg(a.field, jsonText(a.value))
                                   .arg(a.version);
            }
            return (void)fail(
                QStringLiteral("the change of %1.%2 to %3 (version %4) was lost; the row is %5\n"
                               "conflicts:\n%6")
                    .arg(ack.entity, ack.field, text)
                    .arg(ack.version)
                    .arg(jsonText(*row), related));
        }
    }

    std::mt19937_64 m_random;
    SimServer m_server;
    std::vector<std::unique_ptr<Replica>> m_replicas;
    QStringList m_families;
    QList<Edit> m_edits;
    QList<Ack> m_acks;
    SimulationSummary m_summary;
};

} // namespace

SimulationSummary runSimulation(quint64 seed) {
    return Simulation(seed).run();
}

} // namespace kith::testing
