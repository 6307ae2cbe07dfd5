#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

namespace kith::privacy {

// Whether a file or folder Kith wrote can be read by anyone but its owner.
enum class Ownership {
    OwnerOnly, // 0600 files, 0700 folders (or tighter)
    TooOpen,   // group or others can read or write it
    Missing,
    NotChecked, // this platform's adapter cannot tell (Windows: ACLs, not mode bits)
};

// Keeps everything Kith writes (the store, drafts, exports, logs) readable only by
// the user. One adapter per platform, so the rest of Kith never branches on it.
class FilePermissions {
    Q_DECLARE_TR_FUNCTIONS(kith::privacy::FilePermissions)

public:
    virtual ~FilePermissions() = default;
    virtual QString name() const = 0;
    // Files become 0600 and folders 0700.
    virtual Status restrictToOwner(const QString& path) const = 0;
    virtual Ownership check(const QString& path) const = 0;

    // The adapter for the platform Kith was built for.
    static const FilePermissions& forThisPlatform();

    // Creates `folder` (and its parents) if needed and makes it owner-only. Refuses a
    // folder others can write to, such as /tmp itself: files there can be swapped or read.
    Status prepareOwnerOnlyFolder(const QString& folder) const;
    // Writes `data` to `path` so that it is owner-only from the first byte: a new file
    // is created empty, restricted, then filled. Refuses to follow a symbolic link.
    Status writeOwnerOnlyFile(const QString& path, const QByteArray& data) const;
};

class PosixFilePermissions final : public FilePermissions {
public:
    QString name() const override { return QStringLiteral("posix"); }
    Status restrictToOwner(const QString& path) const override;
    Ownership check(const QString& path) const override;
};

// Windows keeps access in ACLs; the user's profile folder is private by default.
// Kith does not claim to have checked what it cannot.
class UncheckedFilePermissions final : public FilePermissions {
public:
    QString name() const override { return QStringLiteral("not checked"); }
    Status restrictToOwner(const QString&) const override { return okStatus(); }
    Ownership check(const QString&) const override { return Ownership::NotChecked; }
};

QString ownershipName(Ownership ownership);

} // namespace kith::privacy
