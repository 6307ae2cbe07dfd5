#include "privacy/file_permissions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kith::privacy {
namespace {

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions kOthersWrite = QFileDevice::WriteGroup | QFileDevice::WriteOther;

} // namespace

const FilePermissions& FilePermissions::forThisPlatform() {
#if defined(Q_OS_WIN)
    static const UncheckedFilePermissions adapter;
#else
    static const PosixFilePermissions adapter;
#endif
    return adapter;
}

QString ownershipName(Ownership ownership) {
    switch (ownership) {
    case Ownership::OwnerOnly:
        return QStringLiteral("owner-only");
    case Ownership::TooOpen:
        return QStringLiteral("too open");
    case Ownership::Missing:
        return QStringLiteral("missing");
    case Ownership::NotChecked:
        return QStringLiteral("not checked");
    }
    return {};
}

Status PosixFilePermissions::restrictToOwner(const QString& path) const {
    const QFileInfo info(path);
    if (!info.exists())
        return Status::fail(tr("%1 does not exist, so it cannot be made private.").arg(path));
    if (!QFile::setPermissions(path, info.isDir() ? kOwnerFolder : kOwnerFile))
        return Status::fail(tr("Kith could not make %1 readable only by you. Check that you own "
                               "it, then try again.")
                                .arg(path));
    return okStatus();
}

Ownership PosixFilePermissions::check(const QString& path) const {
    const QFileInfo info(path);
    if (!info.exists())
        return Ownership::Missing;
    return (info.permissions() & kOthers) ? Ownership::TooOpen : Ownership::OwnerOnly;
}

Status FilePermissions::prepareOwnerOnlyFolder(const QString& folder) const {
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Status::fail(tr("%1 is a file, not a folder. Choose a folder.").arg(folder));
    if (!info.exists() && !QDir().mkpath(folder))
        return Status::fail(tr("Kith could not create the folder %1. Check that its parent "
                               "folder exists and that you can write to it.")
                                .arg(folder));
    if (check(folder) == Ownership::TooOpen && (QFileInfo(folder).permissions() & kOthersWrite))
        return Status::fail(tr("%1 is a shared folder that other people can write to. Kith "
                               "does not write personal data there: choose a folder of your "
                               "own, such as one in your home folder.")
                                .arg(folder));
    return restrictToOwner(folder);
}

Status FilePermissions::writeOwnerOnlyFile(const QString& path, const QByteArray& data) const {
    if (QFileInfo(path).isSymLink())
        return Status::fail(tr("%1 is a link to another file. Kith does not write through "
                               "links: remove it or choose another name.")
                                .arg(path));
    QFile file(path);
    // Created empty first, then restricted, so the data never sits in a readable file.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::fail(tr("Kith could not write %1: %2.").arg(path, file.errorString()));
    if (Status restricted = restrictToOwner(path); !restricted)
        return restricted;
    if (file.write(data) != data.size() || !file.flush())
        return Status::fail(tr("Kith could not write all of %1: %2. Check the free space.")
                                .arg(path, file.errorString()));
    return okStatus();
}

} // namespace kith::privacy
