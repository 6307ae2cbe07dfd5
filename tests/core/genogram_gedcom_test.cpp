#include "genogram/gedcom/gedcom_export.h"
#include "genogram/gedcom/gedcom_import.h"
#include "genogram/genogram_codes.h"
#include "genogram/genogram_synthetic.h"
#include "genogram_samples.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::genogram;
using namespace kith::genogram::gedcom;

namespace {

QByteArray testFile(const char* name) {
    const QDir data = QFileInfo(QStringLiteral(__FILE__)).dir();
    QFile file(data.filePath(QStringLiteral("../data/gedcom/") + QLatin1String(name)));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString nameOf(const Genogram& g, const QString& id) {
    const Person* person = g.person(id);
    return person ? person->name : QStringLiteral("?");
}

QString pair(const Genogram& g, const QString& a, const QString& b) {
    QStringList names{nameOf(g, a), b.isEmpty() ? QString() : nameOf(g, b)};
    names.sort();
    return names.join(u'+');
}

// Everything a genogram says, by name rather than by id, in a stable order: two
// genograms with the same description say the same thing.
QStringList describe(const Genogram& g) {
    QStringList lines;
    for (const Person& p : g.people)
        lines << QStringLiteral("P %1|%2|%3|%4|%5|%6|%7|%8|%9|%10")
                     .arg(p.name, sexCode(p.sex), p.dateOfBirth.toString(Qt::ISODate))
                     .arg(p.birthYear)
                     .arg(p.deceased)
                     .arg(p.deathYear)
                     .arg(p.indexChild)
                     .arg(pregnancyCode(p.pregnancy), p.note,
                          p.pinnedAt
                              ? QStringLiteral("%1,%2").arg(p.pinnedAt->x()).arg(p.pinnedAt->y())
                              : QString());
    for (const Union& u : g.unions)
        lines << QStringLiteral("U %1|%2|%3|%4")
                     .arg(pair(g, u.partnerA, u.partnerB), unionKindCode(u.kind))
                     .arg(u.startYear)
                     .arg(u.endYear);
    for (const ChildLink& c : g.children)
        lines << QStringLiteral("C %1<%2|%3|%4|%5")
                     .arg(nameOf(g, c.childId),
                          pair(g, c.parentA.isEmpty() ? c.parentB : c.parentA,
                               c.parentA.isEmpty() ? QString() : c.parentB),
                          childKindCode(c.kind), c.twinGroup)
                     .arg(c.identicalTwins);
    for (const Relationship& r : g.relationships)
        lines << QStringLiteral("R %1>%2|%3|%4")
                     .arg(nameOf(g, r.from), nameOf(g, r.to), bondCode(r.bond), r.note);
    for (const Household& h : g.households) {
        QStringList members;
        for (const QString& m : h.members)
            members << nameOf(g, m);
        members.sort();
        lines << QStringLiteral("H %1|%2").arg(h.label, members.join(u','));
    }
    lines.sort();
    return lines;
}

QStringList warningsOf(const ImportResult& result) {
    QStringList texts;
    for (const Warning& w : result.warnings)
        texts << w.text();
    return texts;
}

// What one description has and the other lacks, for a readable failure.
QStringList difference(const QStringList& a, const QStringList& b) {
    QStringList only;
    for (const QString& line : a) {
        if (!b.contains(line))
            only << line;
    }
    return only;
}

bool anyWarning(const ImportResult& result, const char* words) {
    return warningsOf(result).join(u'\n').contains(QLatin1String(words), Qt::CaseInsensitive);
}

// Every kind the model has, so that a round trip shows what is lost.
Genogram everything() {
    Genogram g = kith::testing::threeGenerations();
    g.people[0].deceased = true;
    g.people[0].deathYear = 2001;
    g.people[1].deceased = true; // year unknown
    g.people[2].dateOfBirth = QDate(1963, 2, 28);
    g.people[2].birthYear = 0;
    g.people[2].note = QStringLiteral("Works nights\n@home on Sundays");
    g.person(QStringLiteral("B1"))->indexChild = true;
    g.person(QStringLiteral("A1"))->pinnedAt = QPointF(-120.25, 340);
    Person lost = kith::testing::genogramPerson(QStringLiteral("M"), Sex::Diverse, 2010);
    lost.name = QStringLiteral("Miscarriage");
    lost.pregnancy = Pregnancy::Miscarriage;
    g.people.append(lost);
    Person ex = kith::testing::genogramPerson(QStringLiteral("X"), Sex::Male, 1958);
    ex.name = QStringLiteral("Zoë Ånström-Ng");
    g.people.append(ex);
    g.unions.append({QStringLiteral("u4"), QStringLiteral("AP"), QStringLiteral("X"),
                     UnionKind::Divorced, 1978, 1982});
    g.unions.append({QStringLiteral("u5"), QStringLiteral("AP"), QStringLiteral("X"),
                     UnionKind::LivingTogether, 2015, 0});
    g.unions[1].kind = UnionKind::CivilPartnership;
    g.unions[1].startYear = 1984;
    g.unions[2].kind = UnionKind::Separated;
    g.children.append(
        kith::testing::childOf(QStringLiteral("c6"), QStringLiteral("M"), QStringLiteral("B")));
    for (ChildLink& link : g.children) {
        if (link.childId == QLatin1String("A1") || link.childId == QLatin1String("A2")) {
            link.twinGroup = QStringLiteral("t1");
            link.identicalTwins = true;
        }
        if (link.childId == QLatin1String("B1"))
            link.kind = ChildKind::Kinship;
    }
    ChildLink step =
        kith::testing::childOf(QStringLiteral("c7"), QStringLiteral("B1"), QStringLiteral("X"));
    step.kind = ChildKind::Step;
    g.children.append(step);
    const Bond bonds[] = {Bond::Fused,         Bond::Hostile, Bond::CutOff,
                          Bond::PhysicalAbuse, Bond::Neglect, Bond::CaringFor};
    int n = 0;
    for (Bond bond : bonds)
        g.relationships.append({QStringLiteral("r%1").arg(++n + 1), QStringLiteral("A"),
                                g.people[n < 3 ? n : n + 1].id, bond,
                                n == 2 ? QStringLiteral("since 2019") : QString()});
    g.households.append({QStringLiteral("h2"),
                         QStringLiteral("Nan's flat"),
                         {QStringLiteral("G2"), QStringLiteral("B1")}});
    return g;
}

} // namespace

TEST_CASE("FamilySearch's GEDCOM 7 test files import with the expected counts",
          "[genogram][gedcom]") {
    SECTION("minimal70") {
        const ImportResult r = GedcomImport::read(testFile("minimal70.ged"));
        CHECK(r.version == QLatin1String("7.0"));
        CHECK(r.genogram.people.isEmpty());
        CHECK(r.warnings.isEmpty());
    }
    SECTION("remarriage1: a couple who divorced and married again, and a second wife") {
        const ImportResult r = GedcomImport::read(testFile("remarriage1.ged"));
        CHECK(warningsOf(r).isEmpty());
        REQUIRE(r.genogram.people.size() == 3);
        CHECK(r.genogram.people[0].name == QLatin1String("John Q Public"));
        CHECK(r.genogram.people[2].deceased);
        CHECK(r.genogram.people[2].deathYear == 1914);
        const QStringList unions =
            describe(r.genogram).filter(QRegularExpression(QStringLiteral("^U ")));
        CHECK(unions == QStringList{QStringLiteral("U Jane Doe+John Q Public|divorced|1911|1912"),
                                    QStringLiteral("U Jane Doe+John Q Public|married|1914|0"),
                                    QStringLiteral("U John Q Public+Mary Roe|married|1913|0")});
    }
    SECTION("remarriage2: the same story told with three families") {
        const ImportResult r = GedcomImport::read(testFile("remarriage2.ged"));
        CHECK(warningsOf(r).isEmpty());
        CHECK(r.genogram.people.size() == 3);
        CHECK(r.genogram.unions.size() == 3);
    }
    SECTION("voidptr: @VOID@ pointers are not errors") {
        const ImportResult r = GedcomImport::read(testFile("voidptr.ged"));
        CHECK(warningsOf(r).isEmpty());
        CHECK(r.genogram.people.size() == 2);
        CHECK(r.genogram.unions.size() == 1);
        CHECK(r.genogram.children.isEmpty());
    }
    SECTION("maximal70-tree1") {
        const ImportResult r = GedcomImport::read(testFile("maximal70-tree1.ged"));
        REQUIRE(r.genogram.people.size() == 4);
        CHECK(r.genogram.unions.size() == 1);
        REQUIRE(r.genogram.children.size() == 1);
        const Person& joseph = r.genogram.people[0];
        CHECK(joseph.name == QLatin1String("Lt. Cmndr. Joseph Allen jr."));
        CHECK(joseph.dateOfBirth == QDate(2000, 1, 1));
        CHECK(joseph.deceased);
        CHECK(joseph.deathYear == 2022);
        CHECK(r.genogram.people[2].sex == Sex::Diverse); // SEX X
        CHECK(r.genogram.people[3].sex == Sex::Diverse); // SEX U
        // F2 has a child and no parents: said, not hidden.
        CHECK(r.warnings.size() == 1);
        CHECK(anyWarning(r, "no parents"));
    }
    SECTION("maximal70: every structure GEDCOM 7 has") {
        const ImportResult r = GedcomImport::read(testFile("maximal70.ged"));
        CHECK(r.genogram.people.size() == 4);
        // ANUL (then DIV) ends one union; ENGA then MARR 2022 is the next.
        const QStringList unions =
            describe(r.genogram).filter(QRegularExpression(QStringLiteral("^U ")));
        CHECK(unions.size() == 2);
        CHECK(unions.last().endsWith(QLatin1String("|married|2022|0")));
        CHECK(r.genogram.children.size() == 1);
        CHECK(r.genogram.people[0].note.contains(QLatin1String("@I are example")));
        CHECK(r.warnings.size() == 1);
    }
}

TEST_CASE("A genogram goes through GEDCOM 7 and back without loss", "[genogram][gedcom]") {
    const Genogram original = everything();
    const QByteArray file = exportGedcom7(original);
    CHECK(file.startsWith("0 HEAD\n1 GEDC\n2 VERS 7.0\n1 SCHMA\n"));
    CHECK(file.contains("2 TAG _KITH_BOND https://"));
    CHECK(file.contains("1 NAME Zo\xC3\xAB /\xC3\x85nstr\xC3\xB6m-Ng/"));
    CHECK(file.contains("2 CONT @@home on Sundays"));
    CHECK(file.endsWith("0 TRLR\n"));
    const ImportResult back = GedcomImport::read(file);
    CHECK(warningsOf(back).isEmpty());
    CHECK(difference(describe(original), describe(back.genogram)) == QStringList());
    CHECK(difference(describe(back.genogram), describe(original)) == QStringList());
    CHECK(describe(back.genogram) == describe(original));
    // And again: a second trip changes nothing either.
    CHECK(describe(GedcomImport::read(exportGedcom7(back.genogram)).genogram) ==
          describe(original));
}

TEST_CASE("A large genogram goes through GEDCOM and back", "[genogram][gedcom]") {
    const Genogram big = syntheticGenogram(150, 11);
    const ImportResult back = GedcomImport::read(exportGedcom7(big));
    CHECK(warningsOf(back).isEmpty());
    CHECK(describe(back.genogram) == describe(big));
}

TEST_CASE("GEDCOM 5.5.1 files are read with their continuation lines and character set",
          "[genogram][gedcom]") {
    SECTION("UTF-8 with CONC and CONT") {
        const QByteArray file = "0 HEAD\r\n1 GEDC\r\n2 VERS 5.5.1\r\n2 FORM LINEAGE-LINKED\r\n"
                                "1 CHAR UTF-8\r\n0 @I1@ INDI\r\n1 NAME Si\xC3\xA2n /Jones/\r\n"
                                "1 SEX F\r\n1 BIRT\r\n2 DATE ABT 1948\r\n1 NOTE First part, \r\n"
                                "2 CONC second part\r\n2 CONT next line\r\n0 TRLR\r\n";
        const ImportResult r = GedcomImport::read(file);
        CHECK(warningsOf(r).isEmpty());
        CHECK(r.version == QLatin1String("5.5.1"));
        REQUIRE(r.genogram.people.size() == 1);
        CHECK(r.genogram.people[0].name == QString::fromUtf8("Si\xC3\xA2n Jones"));
        CHECK(r.genogram.people[0].birthYear == 1948);
        CHECK(r.genogram.people[0].note == QLatin1String("First part, second part\nnext line"));
    }
    SECTION("ANSI is read as Windows-1252") {
        const QByteArray file = "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR ANSI\n0 @I1@ INDI\n"
                                "1 NAME Ren\xE9 /Dupont/\n0 TRLR\n";
        const ImportResult r = GedcomImport::read(file);
        REQUIRE(r.genogram.people.size() == 1);
        CHECK(r.genogram.people[0].name == QString::fromUtf8("Ren\xC3\xA9 Dupont"));
    }
    SECTION("ANSEL falls back clearly") {
        const QByteArray file = "0 HEAD\n1 GEDC\n2 VERS 5.5\n1 CHAR ANSEL\n0 @I1@ INDI\n"
                                "1 NAME Ren\xE2"
                                "e /Dupont/\n0 TRLR\n";
        const ImportResult r = GedcomImport::read(file);
        REQUIRE(r.genogram.people.size() == 1);
        CHECK(r.genogram.people[0].name == QLatin1String("Ren?e Dupont"));
        CHECK(anyWarning(r, "ANSEL"));
        CHECK(anyWarning(r, "UTF-8"));
    }
}

TEST_CASE("Hostile GEDCOM files give a report, never a crash or a hang",
          "[genogram][gedcom][hostile]") {
    SECTION("malformed lines, bad levels, deep nesting, NUL bytes, dangling pointers") {
        QByteArray file = "0 HEAD\n1 GEDC\n2 VERS 7.0\n"
                          "0 @I1@ INDI\n1 NAME Ann /Lee/\n"
                          "this is not gedcom\n"
                          "3 NOTE jumps two levels\n4 CONT and its child\n"
                          "1 FAMS @F404@\n1 FAMC @F1@\n"
                          "0 @I2@ INDI\n1 NAME Bob /Lee/\n"
                          "0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I999@\n1 CHIL @I1@\n";
        file.replace(QByteArray("Bob"), QByteArray("Bo\0b", 4));
        for (int level = 1; level < 60; ++level)
            file += QByteArray::number(level) + " _DEEP x\n";
        file += "0 TRLR\n";
        const ImportResult r = GedcomImport::read(file);
        CHECK(r.genogram.people.size() == 2);
        CHECK(anyWarning(r, "line 6: This line is not a GEDCOM line"));
        CHECK(anyWarning(r, "line 7: Level 3 comes straight after level 1"));
        CHECK(anyWarning(r, "@F404@"));
        CHECK(anyWarning(r, "@I999@"));
        CHECK(anyWarning(r, "NUL"));
        CHECK(anyWarning(r, "levels deep"));
        CHECK(anyWarning(r, "their own parent"));
        CHECK(r.genogram.children.isEmpty());
    }
    SECTION("someone who is their own ancestor") {
        const QByteArray file = "0 HEAD\n1 GEDC\n2 VERS 7.0\n"
                                "0 @A@ INDI\n1 NAME Ann\n0 @B@ INDI\n1 NAME Ben\n"
                                "0 @C@ INDI\n1 NAME Cat\n"
                                "0 @F1@ FAM\n1 HUSB @A@\n1 CHIL @B@\n"
                                "0 @F2@ FAM\n1 HUSB @B@\n1 CHIL @C@\n"
                                "0 @F3@ FAM\n1 WIFE @C@\n1 CHIL @A@\n0 TRLR\n";
        const ImportResult r = GedcomImport::read(file);
        CHECK(r.genogram.children.size() == 2);
        CHECK(anyWarning(r, "their own ancestor"));
    }
    SECTION("invalid UTF-8 names the line") {
        const QByteArray file =
            "0 HEAD\n1 GEDC\n2 VERS 7.0\n0 @I1@ INDI\n1 NAME Bad \xC3\x28 /Byte/\n"
            "0 TRLR\n";
        const ImportResult r = GedcomImport::read(file);
        CHECK(r.genogram.people.size() == 1);
        CHECK(anyWarning(r, "line 5: This file is not valid UTF-8"));
    }
    SECTION("a wrong encoding: UTF-16 is read, binary rubbish is reported") {
        const QString text = QStringLiteral("0 HEAD\n1 GEDC\n2 VERS 7.0\n0 @I1@ INDI\n1 NAME "
                                            "Ann /Lee/\n0 TRLR\n");
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        CHECK(GedcomImport::read(utf16).genogram.people.size() == 1);
        QByteArray rubbish(4096, '\0');
        for (int i = 0; i < rubbish.size(); ++i)
            rubbish[i] = static_cast<char>((i * 7919) % 251);
        const ImportResult r = GedcomImport::read(rubbish);
        CHECK(r.genogram.people.isEmpty());
        CHECK_FALSE(r.warnings.isEmpty());
    }
    SECTION("100,000 people in a 10 MB file: the first 2,000 are taken, and it says so") {
        QByteArray file = "0 HEAD\n1 GEDC\n2 VERS 7.0\n";
        file.reserve(11 * 1024 * 1024);
        for (int i = 0; i < 100000; ++i) {
            file += "0 @I" + QByteArray::number(i) + "@ INDI\n1 NAME Person /Number" +
                    QByteArray::number(i) + "/\n1 SEX F\n1 BIRT\n2 DATE 1 JAN 1990\n" +
                    "1 FAMS @F" + QByteArray::number(i / 2) + "@\n";
        }
        for (int i = 0; i < 50000; ++i)
            file += "0 @F" + QByteArray::number(i) + "@ FAM\n1 HUSB @I" +
                    QByteArray::number(2 * i) + "@\n1 WIFE @I" + QByteArray::number(2 * i + 1) +
                    "@\n";
        file += "0 TRLR\n";
        REQUIRE(file.size() > 9 * 1024 * 1024);
        const ImportResult r = GedcomImport::read(file);
        CHECK(r.genogram.people.size() == GedcomImport::kMaxPeople);
        CHECK(r.genogram.unions.size() == GedcomImport::kMaxPeople / 2);
        CHECK(anyWarning(r, "at most 2000"));
        CHECK(r.warnings.size() < 10);
    }
}
