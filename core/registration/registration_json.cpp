#include "registration/registration_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <functional>

namespace kith::registration {
namespace {

using J = RegistrationJson;

// Reads the fields of one JSON object, checking each key against the ones it asks for.
class ObjectReader {
public:
    ObjectReader(const QJsonObject& object, QString path, QList<FieldProblem>& problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems) {}

    // Reports every key that no read asked for.
    ~ObjectReader() {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_known.contains(it.key()))
                problem(it.key(),
                        J::tr("Kith does not know the field \"%1\". Remove it or check its "
                              "spelling (see docs/about-my-family.md).")
                            .arg(it.key()));
        }
    }
    ObjectReader(const ObjectReader&) = delete;
    ObjectReader& operator=(const ObjectReader&) = delete;

    QString pathOf(const QString& key) const {
        return m_path.isEmpty() ? key : m_path + u'.' + key;
    }
    QJsonValue value(const char* key) {
        const QString name = QLatin1String(key);
        m_known.insert(name);
        return m_object.value(name);
    }
    void text(const char* key, QString& out) {
        const QJsonValue found = value(key);
        if (found.isString())
            out = found.toString();
        else if (!found.isUndefined() && !found.isNull())
            problem(QLatin1String(key), J::tr("Write this as text in quotes."));
    }
    void flag(const char* key, bool& out) {
        const QJsonValue found = value(key);
        if (found.isBool())
            out = found.toBool();
        else if (!found.isUndefined() && !found.isNull())
            problem(QLatin1String(key), J::tr("Write this as true or false, without quotes."));
    }
    // A reference to a member: their key (text) or their place in the list (from 0).
    void member(const char* key, QString& out, const std::function<QString(int)>& keyOf) {
        const QJsonValue found = value(key);
        if (found.isString())
            out = found.toString();
        else if (found.isDouble() && found.toDouble() == found.toInt())
            out = keyOf(found.toInt());
        else if (!found.isUndefined() && !found.isNull())
            problem(QLatin1String(key),
                    J::tr("Name the person by their key in quotes, or by their place in the "
                          "members list (0 for the first)."));
    }
    // Calls `each` with every object in the array `key`.
    template <typename Each>
    void objects(const char* key, Each each) {
        const QJsonValue found = value(key);
        if (found.isUndefined() || found.isNull())
            return;
        if (!found.isArray()) {
            problem(QLatin1String(key), J::tr("Write this as a list in square brackets."));
            return;
        }
        const QJsonArray array = found.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString path = pathOf(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i));
            if (!array.at(i).isObject()) {
                m_problems.append({path, J::tr("Write each entry as an object in curly "
                                               "brackets.")});
                continue;
            }
            ObjectReader reader(array.at(i).toObject(), path, m_problems);
            each(reader, i);
        }
    }

private:
    void problem(const QString& key, const QString& message) {
        m_problems.append({pathOf(key), message});
    }

    const QJsonObject m_object;
    const QString m_path;
    QList<FieldProblem>& m_problems;
    QSet<QString> m_known;
};

void readMember(ObjectReader& in, MemberEntry& m, const std::function<QString(int)>& keyOf) {
    in.text("key", m.key);
    in.text("role", m.role);
    in.text("given_name", m.givenName);
    in.text("family_name", m.familyName);
    in.text("preferred_name", m.preferredName);
    in.text("date_of_birth", m.dateOfBirth);
    in.flag("unborn", m.unborn);
    in.text("expected_delivery_date", m.expectedDeliveryDate);
    in.member("carried_by", m.carriedBy, keyOf);
    in.text("gender", m.gender);
    in.text("nhs_number", m.nhsNumber);
    in.flag("in_household", m.inHousehold);
    in.text("language", m.language);
    in.flag("interpreter_needed", m.interpreterNeeded);
    in.text("ethnicity", m.ethnicity);
    in.text("gp", m.gp);
    in.text("school", m.school);
    in.text("send", m.send);
    in.text("disability", m.disability);
    in.objects("relationships", [&](ObjectReader& r, int) {
        RelationshipEntry relationship;
        r.member("to_child", relationship.toChild, keyOf);
        r.text("relationship", relationship.relationship);
        m.relationships.append(relationship);
    });
}

void put(QJsonObject& out, const char* key, const QString& value) {
    if (!value.isEmpty())
        out.insert(QLatin1String(key), value);
}

} // namespace

ReadDocument RegistrationJson::read(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {
            {},
            {{QString(), tr("The file is not valid JSON (%1 at character %2). Check the brackets, "
                            "quotes and commas there.")
                             .arg(error.errorString())
                             .arg(error.offset)}}};
    if (!parsed.isObject())
        return {{},
                {{QString(), tr("The file must hold one About my Family document: an object in "
                                "curly brackets.")}}};
    return read(parsed.object());
}

ReadDocument RegistrationJson::read(const QJsonObject& object) {
    ReadDocument result;
    RegistrationDocument& doc = result.document;
    // Members can be named by their place in the list, and a member's key may come
    // after the references to it, so the keys are collected first.
    const QJsonArray memberArray = object.value(QStringLiteral("members")).toArray();
    const auto keyOf = [&](int index) {
        const QString key =
            memberArray.at(index).toObject().value(QStringLiteral("key")).toString();
        return key.isEmpty() ? QStringLiteral("#%1").arg(index) : key;
    };
    {
        ObjectReader in(object, {}, result.problems);
        in.text("family_name", doc.familyName);
        in.objects("members", [&](ObjectReader& m, int) {
            MemberEntry member;
            readMember(m, member, keyOf);
            doc.members.append(member);
        });
        in.objects("addresses", [&](ObjectReader& a, int) {
            AddressEntry address;
            a.text("line1", address.line1);
            a.text("line2", address.line2);
            a.text("town", address.town);
            a.text("postcode", address.postcode);
            a.text("from_date", address.fromDate);
            a.text("to_date", address.toDate);
            doc.addresses.append(address);
        });
        in.objects("phones", [&](ObjectReader& p, int) {
            PhoneEntry phone;
            p.text("number", phone.number);
            p.text("label", phone.label);
            p.member("member", phone.member, keyOf);
            p.flag("preferred", phone.preferred);
            doc.phones.append(phone);
        });
        in.objects("emails", [&](ObjectReader& e, int) {
            EmailEntry email;
            e.text("address", email.address);
            e.text("label", email.label);
            e.member("member", email.member, keyOf);
            e.flag("preferred", email.preferred);
            doc.emails.append(email);
        });
        in.text("how_heard", doc.howHeard);
        in.text("how_heard_detail", doc.howHeardDetail);
    }
    return result;
}

QJsonObject RegistrationJson::write(const RegistrationDocument& doc) {
    QJsonObject out;
    put(out, "family_name", doc.familyName);
    QJsonArray members;
    for (const MemberEntry& m : doc.members) {
        QJsonObject member;
        put(member, "key", m.key);
        put(member, "role", m.role);
        put(member, "given_name", m.givenName);
        put(member, "family_name", m.familyName);
        put(member, "preferred_name", m.preferredName);
        put(member, "date_of_birth", m.dateOfBirth);
        member.insert(QStringLiteral("unborn"), m.unborn);
        put(member, "expected_delivery_date", m.expectedDeliveryDate);
        put(member, "carried_by", m.carriedBy);
        put(member, "gender", m.gender);
        put(member, "nhs_number", m.nhsNumber);
        member.insert(QStringLiteral("in_household"), m.inHousehold);
        put(member, "language", m.language);
        member.insert(QStringLiteral("interpreter_needed"), m.interpreterNeeded);
        put(member, "ethnicity", m.ethnicity);
        put(member, "gp", m.gp);
        put(member, "school", m.school);
        put(member, "send", m.send);
        put(member, "disability", m.disability);
        QJsonArray relationships;
        for (const RelationshipEntry& r : m.relationships)
            relationships.append(QJsonObject{{QStringLiteral("to_child"), r.toChild},
                                             {QStringLiteral("relationship"), r.relationship}});
        if (!relationships.isEmpty())
            member.insert(QStringLiteral("relationships"), relationships);
        members.append(member);
    }
    if (!members.isEmpty())
        out.insert(QStringLiteral("members"), members);
    QJsonArray addresses;
    for (const AddressEntry& a : doc.addresses) {
        QJsonObject address;
        put(address, "line1", a.line1);
        put(address, "line2", a.line2);
        put(address, "town", a.town);
        put(address, "postcode", a.postcode);
        put(address, "from_date", a.fromDate);
        put(address, "to_date", a.toDate);
        addresses.append(address);
    }
    if (!addresses.isEmpty())
        out.insert(QStringLiteral("addresses"), addresses);
    QJsonArray phones;
    for (const PhoneEntry& p : doc.phones) {
        QJsonObject phone{{QStringLiteral("number"), p.number}};
        put(phone, "label", p.label);
        put(phone, "member", p.member);
        phone.insert(QStringLiteral("preferred"), p.preferred);
        phones.append(phone);
    }
    if (!phones.isEmpty())
        out.insert(QStringLiteral("phones"), phones);
    QJsonArray emails;
    for (const EmailEntry& e : doc.emails) {
        QJsonObject email{{QStringLiteral("address"), e.address}};
        put(email, "label", e.label);
        put(email, "member", e.member);
        email.insert(QStringLiteral("preferred"), e.preferred);
        emails.append(email);
    }
    if (!emails.isEmpty())
        out.insert(QStringLiteral("emails"), emails);
    put(out, "how_heard", doc.howHeard);
    put(out, "how_heard_detail", doc.howHeardDetail);
    return out;
}

} // namespace kith::registration
