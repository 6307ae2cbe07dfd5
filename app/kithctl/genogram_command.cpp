// kithctl genogram: bring a family tree in from GEDCOM, and take a family's genogram out.
#include "cli.h"
#include "genogram/gedcom/gedcom_export.h"
#include "genogram/gedcom/gedcom_import.h"
#include "genogram/genogram_layout.h"
#include "genogram/genogram_renderer.h"
#include "genogram/genogram_store.h"
#include "open_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace kithctl {
namespace {

using namespace kith::genogram;

// The file is read whole; beyond this it is refused before reading (GEDCOM files of a
// family run to kilobytes, and the reader itself stops at 2,000 people).
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

int importGedcom(Invocation& invocation, const QString& familyId, const QString& path) {
    QFile file(path);
    if (file.size() > kMaxFileBytes)
        return invocation.fail(Invocation::tr("%1 is larger than 64 MB; that is not one family's "
                                              "tree. Export just the family and try again.")
                                   .arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return invocation.fail(Invocation::tr("Cannot read %1: %2").arg(path, file.errorString()));
    gedcom::ImportResult read = gedcom::GedcomImport::read(file.readAll());
    auto database = openStore(invocation);
    if (!database)
        return Failure;
    GenogramStore store(*database);
    const auto stored = store.importReplacing(familyId, read.genogram);
    if (!stored)
        return invocation.fail(stored.error());
    QJsonArray warnings;
    for (const gedcom::Warning& warning : std::as_const(read.warnings))
        warnings.append(warning.text());
    int linked = 0;
    for (const Person& person : stored.value().people)
        linked += person.familyPersonId.isEmpty() ? 0 : 1;
    invocation.printJson(QJsonDocument(QJsonObject{
        {QStringLiteral("people"), static_cast<int>(read.genogram.people.size())},
        {QStringLiteral("couples"), static_cast<int>(read.genogram.unions.size())},
        {QStringLiteral("child_links"), static_cast<int>(read.genogram.children.size())},
        {QStringLiteral("linked_to_family_record"), linked},
        {QStringLiteral("stored_people"), static_cast<int>(stored.value().people.size())},
        {QStringLiteral("warnings"), warnings}}));
    return Success;
}

int exportGenogram(Invocation& invocation, const QString& familyId, const QString& format,
                   const QString& path) {
    const std::optional<kith::ui::PictureFormat> picture = kith::ui::pictureFormatFromName(format);
    if (format != QLatin1String("gedcom") && !picture)
        return invocation.fail(
            Invocation::tr("--format %1: use gedcom, svg, png or pdf.").arg(format), UsageError);
    auto database = openStore(invocation);
    if (!database)
        return Failure;
    const GenogramStore store(*database);
    const auto genogram = store.load(familyId);
    if (!genogram)
        return invocation.fail(genogram.error());
    if (picture) {
        if (kith::Status drawn = kith::ui::renderGenogram(
                genogram.value(), layoutGenogram(genogram.value()), *picture, path);
            !drawn)
            return invocation.fail(drawn.error());
        invocation.print(
            Invocation::tr("Drew %1 people to %2.").arg(genogram.value().people.size()).arg(path));
        return Success;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(gedcom::exportGedcom7(genogram.value())) < 0 ||
        !out.commit())
        return invocation.fail(Invocation::tr("Cannot write %1: %2").arg(path, out.errorString()));
    invocation.print(
        Invocation::tr("Wrote %1 people to %2.").arg(genogram.value().people.size()).arg(path));
    return Success;
}

} // namespace

int runGenogram(Invocation& invocation) {
    const std::optional<QString> familyId = invocation.takeOption(QStringLiteral("--family"));
    const std::optional<QString> format = invocation.takeOption(QStringLiteral("--format"));
    const std::optional<QString> out = invocation.takeOption(QStringLiteral("--out"));
    const QStringList rest = invocation.positional();
    if (!invocation.checkNoOptionsLeft())
        return invocation.fail(invocation.usageProblem(), UsageError);
    if (!familyId || familyId->isEmpty())
        return invocation.fail(Invocation::tr("Name the family: --family FAMILY_ID."), UsageError);
    if (!invocation.requireDb())
        return UsageError;
    if (rest.size() == 2 && rest[0] == QLatin1String("import"))
        return importGedcom(invocation, *familyId, rest[1]);
    if (rest.size() == 1 && rest[0] == QLatin1String("export")) {
        if (!out || out->isEmpty())
            return invocation.fail(Invocation::tr("Say where to write it: --out FILE."),
                                   UsageError);
        return exportGenogram(invocation, *familyId, format.value_or(QStringLiteral("gedcom")),
                              *out);
    }
    return invocation.fail(Invocation::tr("Use: genogram import --family ID FILE.ged, or "
                                          "genogram export --family ID --format gedcom|svg|png|pdf "
                                          "--out FILE."),
                           UsageError);
}

} // namespace kithctl
