#include "assessment/form_library.h"

#include <QDir>
#include <QFile>

namespace kith::assessment {

const FormLibrary& FormLibrary::builtIn() {
    static const FormLibrary library = [] {
        FormLibrary loaded;
        const QDir folder(QStringLiteral(":/forms"));
        const QStringList files =
            folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString& name : files) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                loaded.m_errors.append(tr("%1 could not be read.").arg(name));
                continue;
            }
            if (Status added = loaded.addJson(file.readAll(), name); !added)
                loaded.m_errors.append(added.error());
        }
        return loaded;
    }();
    return library;
}

void FormLibrary::add(FormDefinition definition) {
    const auto key = std::make_pair(definition.id, definition.version);
    m_forms.insert(key, std::move(definition));
}

Status FormLibrary::addJson(const QByteArray& json, const QString& sourceName) {
    auto parsed = FormDefinition::fromJson(json, sourceName);
    if (!parsed)
        return Status::fail(parsed.error());
    add(std::move(parsed).value());
    return okStatus();
}

const FormDefinition* FormLibrary::find(const QString& id, int version) const {
    const auto found = m_forms.constFind(std::make_pair(id, version));
    return found == m_forms.cend() ? nullptr : &found.value();
}

const FormDefinition* FormLibrary::latest(const QString& id) const {
    const FormDefinition* best = nullptr;
    for (const FormDefinition& form : m_forms) {
        if (form.id == id && (!best || form.version > best->version))
            best = &form;
    }
    return best;
}

Result<OpenedDefinition> FormLibrary::open(const QString& id, int version) const {
    if (const FormDefinition* exact = find(id, version))
        return Result<OpenedDefinition>::ok({exact, {}});
    const FormDefinition* older = nullptr;
    const FormDefinition* newer = nullptr;
    for (const FormDefinition& form : m_forms) {
        if (form.id != id)
            continue;
        if (form.version < version && (!older || form.version > older->version))
            older = &form;
        if (form.version > version && (!newer || form.version < newer->version))
            newer = &form;
    }
    const FormDefinition* chosen = older ? older : newer;
    if (!chosen)
        return Result<OpenedDefinition>::fail(
            tr("This Kith does not have the form \"%1\" that the assessment was made with. "
               "Install the form definition, or update Kith.")
                .arg(id));
    return Result<OpenedDefinition>::ok(
        {chosen, tr("This assessment was made with version %1 of the form, which this Kith "
                    "does not have. It is shown with version %2: answers to questions that "
                    "version does not ask are kept, and listed at the end.")
                     .arg(version)
                     .arg(chosen->version)});
}

} // namespace kith::assessment
