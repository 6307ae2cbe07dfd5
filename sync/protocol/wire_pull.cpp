#include "protocol/wire.h"
#include "protocol/wire_json.h"

#include <QJsonDocument>

namespace kith::sync {

QString opName(PullOp op) {
    switch (op) {
    case PullOp::Upsert:
        return QStringLiteral("upsert");
    case PullOp::Delete:
        return QStringLiteral("delete");
    case PullOp::ForgetFamily:
        return QStringLiteral("forget_family");
    }
    return {};
}

std::optional<PullOp> pullOpFrom(const QString& name) {
    for (PullOp op : {PullOp::Upsert, PullOp::Delete, PullOp::ForgetFamily}) {
        if (opName(op) == name)
            return op;
    }
    return std::nullopt;
}

QJsonObject PulledChange::toJson() const {
    QJsonObject json{{QStringLiteral("seq"), seq},
                     {QStringLiteral("op"), opName(op)},
                     {QStringLiteral("family_id"), json::textOrNull(familyId)}};
    if (op == PullOp::ForgetFamily)
        return json;
    json.insert(QStringLiteral("entity"), entity);
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("version"), version);
    if (op == PullOp::Upsert)
        json.insert(QStringLiteral("fields"),
                    fieldsText.isEmpty() ? fields : QJsonDocument::fromJson(fieldsText).object());
    return json;
}

Result<PulledChange> PulledChange::fromJson(const QJsonObject& json) {
    using R = Result<PulledChange>;
    const QString where = QStringLiteral("pulled change");
    PulledChange change;
    QString op;
    if (!json::integer(json, QStringLiteral("seq"), change.seq))
        return R::fail(json::missing(where, QStringLiteral("seq")));
    if (!json::text(json, QStringLiteral("op"), op) || !pullOpFrom(op))
        return R::fail(json::missing(where, QStringLiteral("op")));
    change.op = *pullOpFrom(op);
    change.familyId = json::optionalText(json, QStringLiteral("family_id"));
    if (change.op == PullOp::ForgetFamily) {
        if (change.familyId.isEmpty())
            return R::fail(json::missing(where, QStringLiteral("family_id")));
        return R::ok(std::move(change));
    }
    if (!json::text(json, QStringLiteral("entity"), change.entity) || change.entity.isEmpty())
        return R::fail(json::missing(where, QStringLiteral("entity")));
    if (!json::text(json, QStringLiteral("id"), change.id) || change.id.isEmpty())
        return R::fail(json::missing(where, QStringLiteral("id")));
    if (!json::integer(json, QStringLiteral("version"), change.version))
        return R::fail(json::missing(where, QStringLiteral("version")));
    if (change.op == PullOp::Upsert) {
        if (!json.value(QStringLiteral("fields")).isObject())
            return R::fail(json::missing(where, QStringLiteral("fields")));
        change.fields = json.value(QStringLiteral("fields")).toObject();
    }
    return R::ok(std::move(change));
}

QJsonObject PullPage::toJson() const {
    QJsonArray list;
    for (const PulledChange& change : changes)
        list.append(change.toJson());
    QJsonObject json{{QStringLiteral("changes"), list},
                     {QStringLiteral("cursor"), cursor},
                     {QStringLiteral("more"), more}};
    if (remaining >= 0)
        json.insert(QStringLiteral("remaining"), remaining);
    return json;
}

namespace {

// A JSON string literal: quotes, backslashes and control characters escaped, the rest as
// UTF-8.
void appendJsonString(QByteArray& out, const QString& text) {
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendTextOrNull(QByteArray& out, const QString& text) {
    if (text.isEmpty())
        out += "null";
    else
        appendJsonString(out, text);
}

} // namespace

QByteArray PullPage::toJsonText() const {
    QByteArray out;
    out.reserve(256 * changes.size() + 64);
    out += "{\"changes\":[";
    bool first = true;
    for (const PulledChange& change : changes) {
        out += first ? "{\"seq\":" : ",{\"seq\":";
        first = false;
        out += QByteArray::number(change.seq);
        out += ",\"op\":";
        appendJsonString(out, opName(change.op));
        out += ",\"family_id\":";
        appendTextOrNull(out, change.familyId);
        if (change.op != PullOp::ForgetFamily) {
            out += ",\"entity\":";
            appendJsonString(out, change.entity);
            out += ",\"id\":";
            appendJsonString(out, change.id);
            out += ",\"version\":";
            out += QByteArray::number(change.version);
            if (change.op == PullOp::Upsert) {
                out += ",\"fields\":";
                out += change.fieldsText.isEmpty()
                           ? QJsonDocument(change.fields).toJson(QJsonDocument::Compact)
                           : change.fieldsText;
            }
        }
        out += '}';
    }
    out += "],\"cursor\":";
    out += QByteArray::number(cursor);
    out += ",\"more\":";
    out += more ? "true" : "false";
    if (remaining >= 0) {
        out += ",\"remaining\":";
        out += QByteArray::number(remaining);
    }
    out += '}';
    return out;
}

Result<PullPage> PullPage::fromJson(const QJsonObject& json) {
    using R = Result<PullPage>;
    const QString where = QStringLiteral("pull page");
    PullPage page;
    const QJsonValue list = json.value(QStringLiteral("changes"));
    if (!list.isArray())
        return R::fail(json::missing(where, QStringLiteral("changes")));
    if (!json::integer(json, QStringLiteral("cursor"), page.cursor))
        return R::fail(json::missing(where, QStringLiteral("cursor")));
    page.more = json.value(QStringLiteral("more")).toBool();
    // Optional: an older server does not send it, and a bad value only loses the estimate.
    if (qint64 remaining = -1;
        json::integer(json, QStringLiteral("remaining"), remaining) && remaining >= 0)
        page.remaining = remaining;
    for (const QJsonValue& item : list.toArray()) {
        auto change = PulledChange::fromJson(item.toObject());
        if (!change)
            return R::fail(change.error());
        page.changes.append(std::move(change).value());
    }
    return R::ok(std::move(page));
}

} // namespace kith::sync
