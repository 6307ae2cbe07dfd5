#pragma once

// The sync protocol's messages (docs/sync-protocol.md), shared by the client engine and the
// server. Each type reads and writes its own JSON; a parse failure names the member that was
// wrong, so the server can answer `bad_request` with a useful `detail`.

#include "protocol/hlc.h"
#include "protocol/server_info.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <QVariant>
#include <optional>

namespace kith::store {
class RawStatement;
} // namespace kith::store

namespace kith::sync {

namespace header {
inline constexpr char protocol[] = "Kith-Protocol";
inline constexpr char clientTime[] = "Kith-Client-Time";
inline constexpr char serverTime[] = "Kith-Server-Time";
inline constexpr char authorization[] = "Authorization";
inline constexpr char contentType[] = "Content-Type";
inline constexpr char contentEncoding[] = "Content-Encoding";
inline constexpr char acceptEncoding[] = "Accept-Encoding";
} // namespace header

namespace path {
inline const QString health = QStringLiteral("/health");
inline const QString session = QStringLiteral("/v1/session");
inline const QString push = QStringLiteral("/v1/push");
inline const QString changes = QStringLiteral("/v1/changes");
inline const QString directory = QStringLiteral("/v1/directory");
} // namespace path

namespace limits {
inline constexpr int maxPushChanges = 5000;
inline constexpr int maxPullLimit = 2000;
inline constexpr int defaultPullLimit = 1000;
inline constexpr qint64 maxBodyBytes = 32 * 1024 * 1024;
inline constexpr qint64 clockWarningSeconds = 2 * 60;
inline constexpr qint64 clockRefusalSeconds = 15 * 60;
} // namespace limits

// The entity every conflict is recorded as, and the `field` a delete conflict names.
inline const QString kConflictEntity = QStringLiteral("sync_conflict");
inline const QString kDeletedField = QStringLiteral("*deleted*");

// Moments on the wire: ISO 8601 UTC with milliseconds, "2026-11-25T10:30:00.000Z".
QString formatMoment(const QDateTime& moment);
QDateTime parseMoment(const QString& text); // invalid when the text is not a moment

// Row values: null, string or number as they are; a byte array (a BLOB column) as
// {"base64": "..."}, the only JSON object a row value can be.
QJsonValue toWireValue(const QVariant& value);
QVariant fromWireValue(const QJsonValue& value);
// fromWireValue bound straight to a statement run through SQLite's own interface.
void bindWireValue(store::RawStatement& statement, int index, const QJsonValue& value);

// ---- Push ----------------------------------------------------------------------------------

enum class ChangeOp { Insert, Update, Delete };
QString opName(ChangeOp op);
std::optional<ChangeOp> changeOpFrom(const QString& name);

struct PushChange {
    QString mutationId;
    QString entity;
    QString id;
    QString familyId; // null (empty) for the hub-wide entities agency and professional
    ChangeOp op = ChangeOp::Update;
    qint64 base = 0;
    QString hlc;
    QDateTime changedAt;
    QString changedBy;
    QJsonObject fields; // insert: whole row; update: changed columns; delete: empty

    QJsonObject toJson() const;
    static Result<PushChange> fromJson(const QJsonObject& json);
};

struct PushRequest {
    QString deviceId;
    QList<PushChange> changes;

    QJsonObject toJson() const;
    static Result<PushRequest> fromJson(const QJsonObject& json);
};

enum class PushStatus { Applied, Duplicate, Conflict, Rejected };
QString statusName(PushStatus status);
std::optional<PushStatus> pushStatusFrom(const QString& name);

struct PushResult {
    QString mutationId;
    PushStatus status = PushStatus::Applied;
    qint64 version = 0;
    QStringList conflictIds;
    QString reason; // for rejected
    // The server's row is now exactly the row the client has (nothing merged in from
    // elsewhere): it will not come back in this device's pull, and `version` is its base.
    bool settled = false;

    QJsonObject toJson() const;
    static Result<PushResult> fromJson(const QJsonObject& json);
};

// Over two minutes between the client's clock and the server's: the drift (client minus
// server) in seconds. Refusals over fifteen minutes come as the `clock_drift` error instead.
struct ClockWarning {
    qint64 driftSeconds = 0;
};

// The "clock_warning" member of a sign-in or push response, when there is one.
std::optional<ClockWarning> clockWarningFrom(const QJsonObject& response);

struct PushResponse {
    QList<PushResult> results;
    qint64 cursorHint = 0;
    std::optional<ClockWarning> clockWarning;

    QJsonObject toJson() const;
    static Result<PushResponse> fromJson(const QJsonObject& json);
};

// ---- Pull ----------------------------------------------------------------------------------

enum class PullOp { Upsert, Delete, ForgetFamily };
QString opName(PullOp op);
std::optional<PullOp> pullOpFrom(const QString& name);

struct PulledChange {
    qint64 seq = 0;
    QString entity;   // empty for forget_family
    QString id;       // empty for forget_family
    QString familyId; // empty for hub-wide entities
    PullOp op = PullOp::Upsert;
    qint64 version = 0;
    QJsonObject fields; // whole row for upsert
    // The server may give the row as JSON object text instead, sent as it is.
    QByteArray fieldsText;

    QJsonObject toJson() const;
    static Result<PulledChange> fromJson(const QJsonObject& json);
};

struct PullPage {
    QList<PulledChange> changes;
    qint64 cursor = 0;
    bool more = false;
    // About how many changes wait after the request's cursor, this page's included; -1 when
    // the server did not say (not asked for, or an older server). Only for showing progress.
    qint64 remaining = -1;

    QJsonObject toJson() const;
    // The same document as compact JSON text, written directly (the server's pull path).
    QByteArray toJsonText() const;
    static Result<PullPage> fromJson(const QJsonObject& json);
};

// ---- Session -------------------------------------------------------------------------------

struct SessionRequest {
    QString user;
    QString password;
    QString deviceId;

    QJsonObject toJson() const;
    static Result<SessionRequest> fromJson(const QJsonObject& json);
};

struct Account {
    QString id;
    QString name;
    QString role; // practitioner, manager or admin
    QString team;
    QString hub;
    QString professionalId; // empty when not linked

    QJsonObject toJson() const;
    static Account fromJson(const QJsonObject& json);
};

struct SessionResponse {
    QString token;
    QDateTime expiresAt;
    Account account;
    QStringList appendOnly; // entities a client must never update or delete
    std::optional<ClockWarning> clockWarning;

    QJsonObject toJson() const;
    static Result<SessionResponse> fromJson(const QJsonObject& json);
};

// ---- Directory -----------------------------------------------------------------------------

// What a hub worker asks the directory (GET /v1/directory): any of these, at least one.
struct DirectoryLookup {
    QString givenName;
    QString familyName;
    QString dateOfBirth; // YYYY-MM-DD
    QString postcode;
    QString nhsNumber;

    bool isEmpty() const;
    QUrlQuery toQuery() const; // only the parts given
};

// Who to contact about a family: the lead professional, never the family's details.
struct DirectoryContact {
    QString name;
    QString agency;
    QString phone;
};

struct DirectoryMatch {
    QString familyId;
    bool known = true;
    std::optional<DirectoryContact> lead; // none when no lead professional is named
};

struct DirectoryAnswer {
    QList<DirectoryMatch> matches;

    QJsonObject toJson() const;
    static Result<DirectoryAnswer> fromJson(const QJsonObject& json);
};

// ---- Errors --------------------------------------------------------------------------------

enum class ErrorCode {
    BadRequest,
    ClockDrift,
    BadCredentials,
    TokenExpired,
    TokenInvalid,
    Forbidden,
    NotFound,
    ResyncRequired,
    TooLarge,
    AccountLocked,
    ProtocolVersion,
    SlowDown,
    ServerError,
    Unknown, // a code this client does not know (a newer server); treat by HTTP status
};
QString errorCodeName(ErrorCode code);
ErrorCode errorCodeFrom(const QString& name);
int httpStatusOf(ErrorCode code);

// The body of every error response, with the extra members some codes carry.
struct WireError {
    ErrorCode code = ErrorCode::ServerError;
    QString message;
    QString detail;                       // bad_request
    QDateTime serverTime;                 // clock_drift
    std::optional<qint64> driftSeconds;   // clock_drift: client minus server
    std::optional<qint64> retryAfterSecs; // account_locked, slow_down
    QList<int> supportedVersions;         // protocol_version

    QJsonObject toJson() const;
    // Reads an error body; a body that is not one gives ServerError (5xx) or Unknown.
    static WireError fromBody(int httpStatus, const QByteArray& body);
};

} // namespace kith::sync
