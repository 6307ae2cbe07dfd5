#include "genogram/gedcom/gedcom_import.h"

#include "genogram/gedcom/gedcom_vocabulary.h"
#include "genogram/genogram_check.h"
#include "genogram/genogram_codes.h"
#include "util/ids.h"

#include <QHash>
#include <QSet>

namespace kith::genogram::gedcom {
namespace {

struct ChildDetail {
    ChildKind kind = ChildKind::Biological;
    QString twinGroup;
    bool identical = false;
    bool fromIndividual = false;
};

class Importer {
public:
    Importer(ParsedFile parsed, int maxPeople)
        : m_parsed(std::move(parsed))
        , m_maxPeople(maxPeople) {}

    ImportResult run() {
        ImportResult result;
        result.version = m_parsed.version;
        result.encoding = m_parsed.encoding;
        m_warnings = m_parsed.warnings;
        checkVersion();
        for (const Node& record : std::as_const(m_parsed.records)) {
            if (record.tag == QLatin1String("INDI"))
                readPerson(record);
        }
        if (m_skippedPeople > 0)
            warn(0, GedcomImport::tr("The file has %1 people; a family genogram holds at most "
                                     "%2, so only the first %2 were imported.")
                        .arg(m_skippedPeople + m_maxPeople)
                        .arg(m_maxPeople));
        for (const Node& record : std::as_const(m_parsed.records)) {
            if (record.tag == QLatin1String("FAM"))
                readFamily(record);
        }
        for (const Node& record : std::as_const(m_parsed.records)) {
            if (record.tag == QLatin1String("INDI"))
                readPersonLinks(record);
            else if (record.tag == QLatin1String("_KITH_HOUSEHOLD"))
                readHousehold(record);
        }
        makeChildLinks();
        breakCycles();
        if (Status checked = GenogramCheck::check(m_genogram); !checked)
            warn(0, checked.error());
        result.genogram = std::move(m_genogram);
        result.warnings = std::move(m_warnings);
        return result;
    }

private:
    void warn(int line, const QString& message) { m_warnings.append({line, message}); }

    void checkVersion() {
        const QString& version = m_parsed.version;
        if (version.isEmpty() && !m_parsed.records.isEmpty())
            warn(0, GedcomImport::tr("The file does not say which GEDCOM version it is; it was "
                                     "read as GEDCOM 7."));
        else if (!version.isEmpty() && !version.startsWith(u'7') &&
                 !version.startsWith(QLatin1String("5.5")))
            warn(0, GedcomImport::tr("The file is GEDCOM %1; Kith reads 7 and 5.5.1, so some "
                                     "details may be missed.")
                        .arg(version));
    }

    // The person a pointer names, or empty with a warning when there is none (a pointer
    // to someone left out because of the limit is quietly dropped: that was reported).
    QString personFor(const Node& node) {
        const QString xref = node.pointer();
        if (xref.isEmpty() || xref == QLatin1String("VOID"))
            return {};
        if (const QString id = m_people.value(xref); !id.isEmpty())
            return id;
        if (!m_overLimit.contains(xref))
            warn(node.line, GedcomImport::tr("%1 points to @%2@, which is not a person in this "
                                             "file; the link was left out.")
                                .arg(node.tag, xref));
        return {};
    }

    void readPerson(const Node& record) {
        if (record.xref.isEmpty()) {
            warn(record.line, GedcomImport::tr("A person (INDI) without an @id@ was skipped: "
                                               "nothing could point to them."));
            return;
        }
        if (m_people.contains(record.xref)) {
            warn(
                record.line,
                GedcomImport::tr("A second person with the id @%1@ was skipped.").arg(record.xref));
            return;
        }
        if (m_genogram.people.size() >= m_maxPeople) {
            ++m_skippedPeople;
            m_overLimit.insert(record.xref);
            return;
        }
        Person person;
        person.id = newId();
        person.name = record.childValue("NAME").remove(u'/').simplified();
        const QString sex = record.childValue("SEX").trimmed().toUpper();
        person.sex = sex == QLatin1String("M")   ? Sex::Male
                     : sex == QLatin1String("F") ? Sex::Female
                                                 : Sex::Diverse;
        if (const Node* birth = record.child("BIRT")) {
            const GedcomDate born = parseDate(birth->childValue("DATE"));
            person.dateOfBirth = born.date;
            person.birthYear = born.date.isValid() ? 0 : born.year;
        }
        if (const Node* death = record.child("DEAT")) {
            person.deceased = true;
            person.deathYear = parseDate(death->childValue("DATE")).year;
        }
        person.note = record.childValue("NOTE");
        person.indexChild = record.childValue("_KITH_INDEX").trimmed() == QLatin1String("Y");
        if (const Node* pregnancy = record.child("_KITH_PREGNANCY")) {
            if (auto outcome = pregnancyFromCode(pregnancy->value.trimmed()))
                person.pregnancy = *outcome;
            else
                warn(pregnancy->line, GedcomImport::tr("\"%1\" is not a pregnancy outcome Kith "
                                                       "knows; it was left out.")
                                          .arg(pregnancy->value));
        }
        if (const Node* pin = record.child("_KITH_PIN")) {
            const QStringList xy = pin->value.split(u' ', Qt::SkipEmptyParts);
            bool xOk = false;
            bool yOk = false;
            if (xy.size() == 2) {
                const double x = xy[0].toDouble(&xOk);
                const double y = xy[1].toDouble(&yOk);
                if (xOk && yOk && qAbs(x) < 1e7 && qAbs(y) < 1e7)
                    person.pinnedAt = QPointF(x, y);
            }
            if (!person.pinnedAt)
                warn(pin->line, GedcomImport::tr("A place on the drawing must be two numbers "
                                                 "(\"x y\"); it was left out."));
        }
        m_people.insert(record.xref, person.id);
        m_genogram.people.append(person);
    }

    struct Family {
        QStringList partners;
        QStringList children;
        int line = 0;
    };

    void readFamily(const Node& record) {
        if (record.xref.isEmpty() || m_families.contains(record.xref)) {
            warn(record.line, GedcomImport::tr("A family (FAM) without a new @id@ was skipped."));
            return;
        }
        Family family;
        family.line = record.line;
        for (const Node& child : record.children) {
            if (child.tag == QLatin1String("HUSB") || child.tag == QLatin1String("WIFE")) {
                const QString id = personFor(child);
                if (!id.isEmpty() && !family.partners.contains(id))
                    family.partners.append(id);
            } else if (child.tag == QLatin1String("CHIL")) {
                const QString id = personFor(child);
                if (!id.isEmpty() && !family.children.contains(id))
                    family.children.append(id);
            }
        }
        if (family.partners.size() == 2 && !record.child("_KITH_NOT_COUPLE"))
            readUnions(record, family.partners[0], family.partners[1]);
        m_families.insert(record.xref, family);
        m_familyOrder.append(record.xref);
    }

    // Kith's own files say the kind; other files give events, read in order: a marriage
    // after a divorce is a second union of the same two people.
    void readUnions(const Node& record, const QString& a, const QString& b) {
        auto add = [&](UnionKind kind, int start, int end) {
            m_genogram.unions.append({newId(), a, b, kind, start, end});
        };
        if (const Node* kith = record.child("_KITH_UNION")) {
            const auto kind = unionKindFromCode(kith->value.trimmed());
            if (!kind)
                warn(kith->line, GedcomImport::tr("\"%1\" is not a kind of couple Kith knows; "
                                                  "they were taken as married.")
                                     .arg(kith->value));
            add(kind.value_or(UnionKind::Married), kith->childValue("_KITH_FROM").toInt(),
                kith->childValue("_KITH_TO").toInt());
            return;
        }
        std::optional<Union> current;
        bool ended = false; // a divorce with no marriage since
        for (const Node& event : record.children) {
            const int year = parseDate(event.childValue("DATE")).year;
            if (event.tag == QLatin1String("MARR")) {
                if (current && current->kind == UnionKind::Engaged) {
                    current->kind = UnionKind::Married;
                    current->startYear = year > 0 ? year : current->startYear;
                } else {
                    if (current)
                        m_genogram.unions.append(*current);
                    current = Union{newId(), a, b, UnionKind::Married, year, 0};
                }
                ended = false;
            } else if (event.tag == QLatin1String("ENGA") && !current) {
                current = Union{newId(), a, b, UnionKind::Engaged, year, 0};
                ended = false;
            } else if (event.tag == QLatin1String("DIV") || event.tag == QLatin1String("ANUL")) {
                if (current) {
                    current->kind = UnionKind::Divorced;
                    current->endYear = year;
                    m_genogram.unions.append(*current);
                    current.reset();
                } else if (!ended) {
                    m_genogram.unions.append({newId(), a, b, UnionKind::Divorced, 0, year});
                }
                ended = true;
            }
        }
        if (current)
            m_genogram.unions.append(*current);
        const bool any =
            std::any_of(m_genogram.unions.cbegin(), m_genogram.unions.cend(),
                        [&](const Union& u) { return u.partnerA == a && u.partnerB == b; });
        if (!any) // two partners with no events: a couple all the same
            add(UnionKind::Married, 0, 0);
    }

    void readPersonLinks(const Node& record) {
        const QString self = m_people.value(record.xref);
        if (self.isEmpty())
            return;
        for (const Node& node : record.children) {
            if (node.tag == QLatin1String("FAMC")) {
                const QString fam = node.pointer();
                if (fam.isEmpty() || fam == QLatin1String("VOID"))
                    continue;
                if (!m_families.contains(fam)) {
                    warn(node.line, GedcomImport::tr("FAMC points to @%1@, which is not a family "
                                                     "in this file; the link was left out.")
                                        .arg(fam));
                    continue;
                }
                const QString key = fam + u'|' + self;
                if (m_childDetails.value(key).fromIndividual)
                    continue; // the first FAMC for a family says how the child belongs
                m_childDetails.insert(key, childDetail(node));
                if (!m_families[fam].children.contains(self))
                    m_families[fam].children.append(self);
            } else if (node.tag == QLatin1String("FAMS")) {
                const QString fam = node.pointer();
                if (!fam.isEmpty() && fam != QLatin1String("VOID") && !m_families.contains(fam))
                    warn(node.line, GedcomImport::tr("FAMS points to @%1@, which is not a family "
                                                     "in this file; it was left out.")
                                        .arg(fam));
            } else if (node.tag == QLatin1String("_KITH_BOND")) {
                readBond(self, node);
            }
        }
    }

    ChildDetail childDetail(const Node& famc) {
        ChildDetail detail;
        detail.fromIndividual = true;
        const QString pedigree = famc.childValue("PEDI").trimmed().toUpper();
        if (pedigree == QLatin1String("ADOPTED"))
            detail.kind = ChildKind::Adopted;
        else if (pedigree == QLatin1String("FOSTER"))
            detail.kind = ChildKind::Fostered;
        if (const Node* kith = famc.child("_KITH_CHILD")) {
            if (auto kind = childKindFromCode(kith->value.trimmed()))
                detail.kind = *kind;
            else
                warn(kith->line, GedcomImport::tr("\"%1\" is not a kind of parenting Kith knows; "
                                                  "the child was linked by birth.")
                                     .arg(kith->value));
        }
        detail.twinGroup = famc.childValue("_KITH_TWIN").trimmed();
        detail.identical = famc.childValue("_KITH_IDENTICAL").trimmed() == QLatin1String("Y");
        return detail;
    }

    void readBond(const QString& from, const Node& node) {
        const QString to = personFor(node);
        const auto bond = bondFromCode(node.childValue("TYPE").trimmed());
        if (to.isEmpty() || to == from)
            return;
        if (!bond) {
            warn(node.line, GedcomImport::tr("\"%1\" is not a kind of relationship Kith knows; "
                                             "the line was left out.")
                                .arg(node.childValue("TYPE")));
            return;
        }
        m_genogram.relationships.append({newId(), from, to, *bond, node.childValue("NOTE")});
    }

    void readHousehold(const Node& record) {
        Household household;
        household.id = newId();
        household.label = record.childValue("_KITH_LABEL");
        for (const Node* member : record.all("_KITH_MEMBER")) {
            const QString id = personFor(*member);
            if (!id.isEmpty() && !household.members.contains(id))
                household.members.append(id);
        }
        m_genogram.households.append(household);
    }

    void makeChildLinks() {
        for (const QString& xref : std::as_const(m_familyOrder)) {
            const Family& family = m_families[xref];
            if (family.partners.isEmpty()) {
                if (!family.children.isEmpty())
                    warn(family.line, GedcomImport::tr("Family @%1@ has children but no parents; "
                                                       "they were imported without them.")
                                          .arg(xref));
                continue;
            }
            for (const QString& child : family.children) {
                if (family.partners.contains(child)) {
                    warn(family.line, GedcomImport::tr("In family @%1@ someone is their own "
                                                       "parent; that link was left out.")
                                          .arg(xref));
                    continue;
                }
                const ChildDetail detail = m_childDetails.value(xref + u'|' + child);
                ChildLink link;
                link.id = newId();
                link.childId = child;
                link.parentA = family.partners.value(0);
                link.parentB = family.partners.value(1);
                link.kind = detail.kind;
                link.twinGroup = detail.twinGroup;
                link.identicalTwins = detail.identical;
                m_genogram.children.append(link);
            }
        }
    }

    // Someone who would be their own ancestor: the link that closes the circle goes.
    void breakCycles() {
        for (int guard = 0; guard < m_genogram.children.size() + 1; ++guard) {
            const QStringList cycle = GenogramCheck::ancestryCycle(m_genogram);
            if (cycle.isEmpty())
                return;
            const QString child = cycle.last();
            const QString parent = cycle.first();
            const auto link = std::find_if(
                m_genogram.children.begin(), m_genogram.children.end(), [&](const ChildLink& l) {
                    return l.childId == child && (l.parentA == parent || l.parentB == parent);
                });
            if (link == m_genogram.children.end())
                return;
            const Person* who = m_genogram.person(child);
            warn(0,
                 GedcomImport::tr("The file makes %1 their own ancestor; one parent link was "
                                  "left out to break the circle.")
                     .arg(who && !who->name.isEmpty() ? who->name : GedcomImport::tr("someone")));
            m_genogram.children.erase(link);
        }
    }

    ParsedFile m_parsed;
    int m_maxPeople;
    Genogram m_genogram;
    QList<Warning> m_warnings;
    QHash<QString, QString> m_people; // xref -> id
    QSet<QString> m_overLimit;
    int m_skippedPeople = 0;
    QHash<QString, Family> m_families;
    QStringList m_familyOrder;
    QHash<QString, ChildDetail> m_childDetails; // "family|child"
};

} // namespace

ImportResult GedcomImport::read(const QByteArray& bytes, int maxPeople) {
    return Importer(LineReader::parse(bytes), maxPeople).run();
}

} // namespace kith::genogram::gedcom
