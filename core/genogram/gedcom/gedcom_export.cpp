#include "genogram/gedcom/gedcom_export.h"

#include "genogram/gedcom/gedcom_vocabulary.h"
#include "genogram/genogram_codes.h"

#include <QHash>
#include <QStringList>

namespace kith::genogram::gedcom {
namespace {

class Writer {
public:
    explicit Writer(const Genogram& genogram)
        : m_genogram(genogram) {}

    QByteArray run() {
        for (qsizetype i = 0; i < m_genogram.people.size(); ++i)
            m_indi.insert(m_genogram.people[i].id, QStringLiteral("I%1").arg(i + 1));
        assignFamilies();
        header();
        for (const Person& person : m_genogram.people)
            individual(person);
        for (const Family& family : std::as_const(m_families))
            familyRecord(family);
        for (qsizetype i = 0; i < m_genogram.households.size(); ++i)
            household(m_genogram.households[i], i);
        line(0, QStringLiteral("TRLR"));
        return m_out.toUtf8();
    }

private:
    struct Family {
        QString xref;
        QString partnerA;
        QString partnerB;
        const Union* couple = nullptr; // none: parents who were never a couple
        QList<const ChildLink*> children;
    };

    // GEDCOM 7 text: a value starting with @ is written @@; newlines become CONT lines.
    void line(int level, const QString& tag, const QString& value = {}) {
        const QStringList parts = value.split(u'\n');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QString text = parts[i];
            text.remove(u'\r');
            if (text.startsWith(u'@'))
                text.prepend(u'@');
            m_out += QString::number(i == 0 ? level : level + 1) + u' ' +
                     (i == 0 ? tag : QStringLiteral("CONT"));
            if (!text.isEmpty())
                m_out += u' ' + text;
            m_out += u'\n';
        }
    }
    void pointer(int level, const QString& tag, const QString& xref) {
        m_out += QStringLiteral("%1 %2 @%3@\n").arg(level).arg(tag, xref);
    }

    void assignFamilies() {
        QHash<QString, qsizetype> byPair; // the latest union of each pair takes the children
        auto pairKey = [](const QString& a, const QString& b) {
            return a < b ? a + u'|' + b : b + u'|' + a;
        };
        for (const Union& couple : m_genogram.unions) {
            byPair.insert(pairKey(couple.partnerA, couple.partnerB), m_families.size());
            m_families.append({QStringLiteral("F%1").arg(m_families.size() + 1),
                               couple.partnerA,
                               couple.partnerB,
                               &couple,
                               {}});
        }
        for (const ChildLink& link : m_genogram.children) {
            const QString key = pairKey(link.parentA, link.parentB);
            auto found = byPair.constFind(key);
            if (found == byPair.cend()) {
                found = byPair.insert(key, m_families.size());
                m_families.append({QStringLiteral("F%1").arg(m_families.size() + 1),
                                   link.parentA,
                                   link.parentB,
                                   nullptr,
                                   {}});
            }
            m_families[*found].children.append(&link);
        }
    }

    void header() {
        line(0, QStringLiteral("HEAD"));
        line(1, QStringLiteral("GEDC"));
        line(2, QStringLiteral("VERS"), QStringLiteral("7.0"));
        line(1, QStringLiteral("SCHMA"));
        for (const char* tag : kExtensionTags)
            line(2, QStringLiteral("TAG"),
                 QLatin1String(tag) + u' ' + kSchemaBase + QLatin1String(tag).mid(1));
        line(1, QStringLiteral("SOUR"), QStringLiteral("KITH"));
        line(2, QStringLiteral("VERS"), QStringLiteral(KITH_VERSION));
        line(2, QStringLiteral("NAME"), QStringLiteral("Kith"));
    }

    // "Amira Khan" -> "Amira /Khan/": the last word is taken as the surname.
    static QString gedcomName(const QString& name) {
        const QString simple = name.simplified();
        const qsizetype space = simple.lastIndexOf(u' ');
        if (simple.isEmpty())
            return {};
        return space < 0 ? simple
                         : simple.left(space) + QStringLiteral(" /") + simple.mid(space + 1) + u'/';
    }

    void individual(const Person& person) {
        m_out += QStringLiteral("0 @%1@ INDI\n").arg(m_indi.value(person.id));
        if (!person.name.isEmpty())
            line(1, QStringLiteral("NAME"), gedcomName(person.name));
        line(1, QStringLiteral("SEX"),
             person.sex == Sex::Male     ? QStringLiteral("M")
             : person.sex == Sex::Female ? QStringLiteral("F")
                                         : QStringLiteral("X"));
        if (person.dateOfBirth.isValid() || person.birthYear > 0) {
            line(1, QStringLiteral("BIRT"));
            line(2, QStringLiteral("DATE"),
                 person.dateOfBirth.isValid() ? formatDate(person.dateOfBirth)
                                              : QString::number(person.birthYear));
        }
        if (person.deceased) {
            line(1, QStringLiteral("DEAT"), person.deathYear > 0 ? QString() : QStringLiteral("Y"));
            if (person.deathYear > 0)
                line(2, QStringLiteral("DATE"), QString::number(person.deathYear));
        }
        for (const Family& family : std::as_const(m_families)) {
            for (const ChildLink* link : family.children) {
                if (link->childId == person.id)
                    childOf(family, *link);
            }
        }
        for (const Family& family : std::as_const(m_families)) {
            if (family.partnerA == person.id || family.partnerB == person.id)
                pointer(1, QStringLiteral("FAMS"), family.xref);
        }
        if (!person.note.isEmpty())
            line(1, QStringLiteral("NOTE"), person.note);
        if (person.indexChild)
            line(1, QStringLiteral("_KITH_INDEX"), QStringLiteral("Y"));
        if (person.pregnancy != Pregnancy::None)
            line(1, QStringLiteral("_KITH_PREGNANCY"), pregnancyCode(person.pregnancy));
        if (person.pinnedAt)
            line(1, QStringLiteral("_KITH_PIN"),
                 QString::number(person.pinnedAt->x(), 'g', 12) + u' ' +
                     QString::number(person.pinnedAt->y(), 'g', 12));
        for (const Relationship& bond : m_genogram.relationships) {
            if (bond.from != person.id || !m_indi.contains(bond.to))
                continue;
            pointer(1, QStringLiteral("_KITH_BOND"), m_indi.value(bond.to));
            line(2, QStringLiteral("TYPE"), bondCode(bond.bond));
            if (!bond.note.isEmpty())
                line(2, QStringLiteral("NOTE"), bond.note);
        }
    }

    void childOf(const Family& family, const ChildLink& link) {
        pointer(1, QStringLiteral("FAMC"), family.xref);
        switch (link.kind) {
        case ChildKind::Biological:
            line(2, QStringLiteral("PEDI"), QStringLiteral("BIRTH"));
            break;
        case ChildKind::Adopted:
            line(2, QStringLiteral("PEDI"), QStringLiteral("ADOPTED"));
            break;
        case ChildKind::Fostered:
            line(2, QStringLiteral("PEDI"), QStringLiteral("FOSTER"));
            break;
        case ChildKind::Step:
        case ChildKind::Kinship:
            line(2, QStringLiteral("PEDI"), QStringLiteral("OTHER"));
            line(3, QStringLiteral("PHRASE"),
                 link.kind == ChildKind::Step ? QStringLiteral("Step-child")
                                              : QStringLiteral("Kinship care"));
            line(2, QStringLiteral("_KITH_CHILD"), childKindCode(link.kind));
            break;
        }
        if (!link.twinGroup.isEmpty())
            line(2, QStringLiteral("_KITH_TWIN"), link.twinGroup);
        if (link.identicalTwins)
            line(2, QStringLiteral("_KITH_IDENTICAL"), QStringLiteral("Y"));
    }

    void familyRecord(const Family& family) {
        m_out += QStringLiteral("0 @%1@ FAM\n").arg(family.xref);
        if (!family.partnerA.isEmpty())
            pointer(1, QStringLiteral("HUSB"), m_indi.value(family.partnerA));
        if (!family.partnerB.isEmpty())
            pointer(1, QStringLiteral("WIFE"), m_indi.value(family.partnerB));
        for (const ChildLink* link : family.children)
            pointer(1, QStringLiteral("CHIL"), m_indi.value(link->childId));
        if (!family.couple) {
            if (!family.partnerA.isEmpty() && !family.partnerB.isEmpty())
                line(1, QStringLiteral("_KITH_NOT_COUPLE"), QStringLiteral("Y"));
            return;
        }
        const Union& couple = *family.couple;
        auto event = [&](const char* tag, int year) {
            line(1, QLatin1String(tag), year > 0 ? QString() : QStringLiteral("Y"));
            if (year > 0)
                line(2, QStringLiteral("DATE"), QString::number(year));
        };
        // The standard events, for other programs; the kind for Kith.
        switch (couple.kind) {
        case UnionKind::Married:
        case UnionKind::CivilPartnership:
        case UnionKind::Widowed:
        case UnionKind::Separated:
            event("MARR", couple.startYear);
            break;
        case UnionKind::Divorced:
            event("MARR", couple.startYear);
            event("DIV", couple.endYear);
            break;
        case UnionKind::Engaged:
            event("ENGA", couple.startYear);
            break;
        case UnionKind::LivingTogether:
            break;
        }
        line(1, QStringLiteral("_KITH_UNION"), unionKindCode(couple.kind));
        if (couple.startYear > 0)
            line(2, QStringLiteral("_KITH_FROM"), QString::number(couple.startYear));
        if (couple.endYear > 0)
            line(2, QStringLiteral("_KITH_TO"), QString::number(couple.endYear));
    }

    void household(const Household& home, qsizetype index) {
        m_out += QStringLiteral("0 @H%1@ _KITH_HOUSEHOLD\n").arg(index + 1);
        if (!home.label.isEmpty())
            line(1, QStringLiteral("_KITH_LABEL"), home.label);
        for (const QString& member : home.members) {
            if (m_indi.contains(member))
                pointer(1, QStringLiteral("_KITH_MEMBER"), m_indi.value(member));
        }
    }

    const Genogram& m_genogram;
    QHash<QString, QString> m_indi; // person id -> xref
    QList<Family> m_families;
    QString m_out;
};

} // namespace

QByteArray exportGedcom7(const Genogram& genogram) {
    return Writer(genogram).run();
}

} // namespace kith::genogram::gedcom
