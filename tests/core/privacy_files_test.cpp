#include "audit/audit_log.h"
#include "privacy/encrypted_volume.h"
#include "privacy/file_permissions.h"
#include "subject_access/subject_access_export.h"
#include "temp_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

using kith::privacy::FilePermissions;
using kith::privacy::Ownership;

namespace {

constexpr QFileDevice::Permissions kGroupOrOthers =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

bool ownerOnly(const QString& path) {
    const QFileInfo info(path);
    return info.exists() && !(info.permissions() & kGroupOrOthers);
}

void writeText(const QString& path, const QByteArray& text) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

#if !defined(Q_OS_WIN)
TEST_CASE("The store and its WAL files are readable only by their owner", "[privacy]") {
    kith::testing::TempStore store;
    REQUIRE(store.database);
    REQUIRE(store.families->createFamily(kith::testing::sampleFamily()));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        INFO(suffix.toStdString());
        CHECK(ownerOnly(store.path() + suffix));
    }
}

TEST_CASE("An existing store that others could read is made private when opened", "[privacy]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto opened = kith::Database::open(path);
        REQUIRE(opened);
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup | QFileDevice::ReadOther);
    REQUIRE_FALSE(ownerOnly(path));
    auto reopened = kith::Database::open(path);
    REQUIRE(reopened);
    CHECK(ownerOnly(path));
}

TEST_CASE("Files Kith writes are owner-only and never go into a shared folder", "[privacy]") {
    const FilePermissions& permissions = FilePermissions::forThisPlatform();
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("exports/today"));
    REQUIRE(permissions.prepareOwnerOnlyFolder(folder));
    CHECK(ownerOnly(folder));
    CHECK(permissions.check(folder) == Ownership::OwnerOnly);
    const QString file = folder + QStringLiteral("/draft.json");
    REQUIRE(permissions.writeOwnerOnlyFile(file, "{}"));
    CHECK(ownerOnly(file));

    // A world-writable folder such as /tmp is refused, and nothing is written there.
    const QString shared = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(shared));
    QFile::setPermissions(shared, QFileDevice::Permissions(0x7777));
    const auto refused = permissions.prepareOwnerOnlyFolder(shared);
    CHECK_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("shared folder")));

    // A link planted where a file will go is not followed.
    const QString target = dir.filePath(QStringLiteral("elsewhere.txt"));
    writeText(target, "keep");
    REQUIRE(QFile::link(target, folder + QStringLiteral("/linked.json")));
    CHECK_FALSE(permissions.writeOwnerOnlyFile(folder + QStringLiteral("/linked.json"), "x"));
    QFile kept(target);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "keep");
}

TEST_CASE("Subject access files are owner-only", "[privacy]") {
    kith::testing::TempStore store;
    REQUIRE(store.families->createFamily(kith::testing::sampleFamily()));
    kith::subject_access::SubjectAccessExport exporter(*store.database);
    const QString folder = store.dir.filePath(QStringLiteral("sar"));
    const auto written = exporter.writeTo(QStringLiteral("6f1f4ad5-3f53-4c1d-9e58-2b7b0f7a0001"),
                                          folder, QStringLiteral("dpo.smith"));
    REQUIRE(written);
    CHECK(ownerOnly(folder));
    CHECK(ownerOnly(written.value().json));
    CHECK(ownerOnly(written.value().html));
}
#endif

TEST_CASE("The Windows adapter says it has not checked rather than guessing", "[privacy]") {
    const kith::privacy::UncheckedFilePermissions unchecked;
    CHECK(unchecked.check(QStringLiteral("anything")) == Ownership::NotChecked);
    CHECK(unchecked.name() == QStringLiteral("not checked"));
}

TEST_CASE("A folder on a dm-crypt device is found to be encrypted", "[privacy]") {
    QTemporaryDir root;
    const QString proc = root.filePath(QStringLiteral("proc"));
    const QString sys = root.filePath(QStringLiteral("sys"));
    writeText(proc + QStringLiteral("/self/mountinfo"),
              "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
              "40 22 253:1 / /home rw,relatime shared:2 - ext4 /dev/mapper/vg-home rw\n"
              "41 22 8:2 / /srv/plain\\040data rw - ext4 /dev/sda2 rw\n");
    // LVM on LUKS: dm-1 (the logical volume) sits on dm-0 (the crypt device).
    writeText(sys + QStringLiteral("/class/block/dm-0/dm/uuid"), "CRYPT-LUKS2-abc-luks\n");
    writeText(sys + QStringLiteral("/class/block/dm-1/dm/uuid"), "LVM-xyz\n");
    REQUIRE(QDir().mkpath(sys + QStringLiteral("/class/block/dm-1/slaves/dm-0")));
    REQUIRE(QDir().mkpath(sys + QStringLiteral("/class/block/sda1")));
    REQUIRE(QDir().mkpath(sys + QStringLiteral("/class/block/sda2")));
    REQUIRE(QDir().mkpath(sys + QStringLiteral("/dev/block")));
    REQUIRE(QFile::link(sys + QStringLiteral("/class/block/dm-1"),
                        sys + QStringLiteral("/dev/block/253:1")));
    REQUIRE(QFile::link(sys + QStringLiteral("/class/block/sda1"),
                        sys + QStringLiteral("/dev/block/8:1")));
    REQUIRE(QFile::link(sys + QStringLiteral("/class/block/sda2"),
                        sys + QStringLiteral("/dev/block/8:2")));

    const kith::privacy::LinuxDmCryptInspector inspector(proc, sys);
    const auto home = inspector.inspect(QStringLiteral("/home/hv/.local/share/Kith"));
    CHECK(home.encryption == kith::privacy::VolumeEncryption::Encrypted);
    CHECK(home.mountPoint == QStringLiteral("/home"));
    CHECK(home.device == QStringLiteral("dm-1"));
    const auto root_ = inspector.inspect(QStringLiteral("/var/lib/kith"));
    CHECK(root_.encryption == kith::privacy::VolumeEncryption::NotEncrypted);
    const auto spaced = inspector.inspect(QStringLiteral("/srv/plain data/kith"));
    CHECK(spaced.mountPoint == QStringLiteral("/srv/plain data"));
    CHECK(spaced.device == QStringLiteral("sda2"));
}

TEST_CASE("Start-up follows the encryption policy", "[privacy]") {
    using kith::privacy::EncryptionPolicy;
    using kith::privacy::VolumeCheck;
    using kith::privacy::VolumeEncryption;
    const QString folder = QStringLiteral("/home/hv/Kith");
    const kith::privacy::VolumeReport plain{VolumeEncryption::NotEncrypted, {}, {}, {}};
    const kith::privacy::VolumeReport unknown{VolumeEncryption::Unknown, {}, {}, {}};
    const kith::privacy::VolumeReport crypt{VolumeEncryption::Encrypted, {}, {}, {}};
    CHECK(VolumeCheck::decide(crypt, EncryptionPolicy::Refuse, folder).mayOpen);
    CHECK(VolumeCheck::decide(crypt, EncryptionPolicy::Refuse, folder).message.isEmpty());
    const auto warned = VolumeCheck::decide(plain, EncryptionPolicy::Warn, folder);
    CHECK(warned.mayOpen);
    CHECK(warned.message.contains(QStringLiteral("not on an encrypted disk")));
    CHECK_FALSE(VolumeCheck::decide(plain, EncryptionPolicy::Refuse, folder).mayOpen);
    CHECK_FALSE(VolumeCheck::decide(unknown, EncryptionPolicy::Refuse, folder).mayOpen);
    CHECK(VolumeCheck::decide(plain, EncryptionPolicy::Ignore, folder).message.isEmpty());
    CHECK(kith::privacy::encryptionPolicyFromName(QStringLiteral("refuse")) ==
          EncryptionPolicy::Refuse);
    CHECK_FALSE(kith::privacy::encryptionPolicyFromName(QStringLiteral("maybe")).has_value());
}

TEST_CASE("The encrypted-volume check runs on this machine without failing", "[privacy]") {
    // Whatever the answer, it must be an answer with a reason.
    const auto report =
        kith::privacy::VolumeInspector::forThisPlatform()->inspect(QDir::homePath());
    CHECK_FALSE(report.reason.isEmpty());
}
