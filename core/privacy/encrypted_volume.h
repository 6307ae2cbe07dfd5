#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

namespace kith::privacy {

enum class VolumeEncryption { Encrypted, NotEncrypted, Unknown };

struct VolumeReport {
    VolumeEncryption encryption = VolumeEncryption::Unknown;
    QString device; // e.g. "dm-0", "sda2"; empty when not found
    QString mountPoint;
    QString reason; // how Kith decided, for the log and for IT (no personal data)
};

// Finds out whether a folder is on an encrypted volume. One adapter per platform.
class VolumeInspector {
public:
    virtual ~VolumeInspector() = default;
    virtual VolumeReport inspect(const QString& folder) const = 0;
    static std::unique_ptr<VolumeInspector> forThisPlatform();
};

// Linux: the folder's mount (longest match in /proc/self/mountinfo), its block device,
// and whether that device, or one it is built on (LVM on LUKS), is a dm-crypt device
// ("CRYPT-" at the start of /sys/class/block/dm-N/dm/uuid). The roots can be moved for tests.
class LinuxDmCryptInspector final : public VolumeInspector {
public:
    explicit LinuxDmCryptInspector(QString procRoot = QStringLiteral("/proc"),
                                   QString sysRoot = QStringLiteral("/sys"));
    VolumeReport inspect(const QString& folder) const override;

private:
    bool isCrypt(const QString& blockName, int depth) const;
    QString m_procRoot;
    QString m_sysRoot;
};

// Platforms Kith cannot check yet (Windows BitLocker, macOS FileVault): "unknown".
class UnknownVolumeInspector final : public VolumeInspector {
public:
    VolumeReport inspect(const QString& folder) const override;
};

// What the council's policy says to do when the data folder is not known to be encrypted.
enum class EncryptionPolicy { Ignore, Warn, Refuse };
std::optional<EncryptionPolicy> encryptionPolicyFromName(const QString& name);

struct StartupVerdict {
    bool mayOpen = true;
    QString message; // empty when there is nothing to say
};

class VolumeCheck {
    Q_DECLARE_TR_FUNCTIONS(kith::privacy::VolumeCheck)

public:
    // Unknown counts as not encrypted under Refuse: Kith cannot vouch for it.
    static StartupVerdict decide(const VolumeReport& report, EncryptionPolicy policy,
                                 const QString& folder);
};

} // namespace kith::privacy
