#include "privacy/encrypted_volume.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kith::privacy {
namespace {

QString readText(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

// mountinfo escapes spaces and the like as octal (\040).
QString unescapeMountField(const QString& field) {
    QString text;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == u'\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                text.append(QChar(code));
                i += 3;
                continue;
            }
        }
        text.append(field.at(i));
    }
    return text;
}

bool isUnder(const QString& path, const QString& mountPoint) {
    if (mountPoint == QLatin1String("/"))
        return true;
    return path == mountPoint || path.startsWith(mountPoint + u'/');
}

} // namespace

std::unique_ptr<VolumeInspector> VolumeInspector::forThisPlatform() {
#if defined(Q_OS_LINUX)
    return std::make_unique<LinuxDmCryptInspector>();
#else
    return std::make_unique<UnknownVolumeInspector>();
#endif
}

LinuxDmCryptInspector::LinuxDmCryptInspector(QString procRoot, QString sysRoot)
    : m_procRoot(std::move(procRoot))
    , m_sysRoot(std::move(sysRoot)) {}

bool LinuxDmCryptInspector::isCrypt(const QString& blockName, int depth) const {
    if (depth > 8) // a loop in a broken sysfs copy
        return false;
    const QString device = m_sysRoot + QStringLiteral("/class/block/") + blockName;
    if (readText(device + QStringLiteral("/dm/uuid")).startsWith(QLatin1String("CRYPT-")))
        return true;
    const QStringList slaves =
        QDir(device + QStringLiteral("/slaves")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    for (const QString& slave : slaves) {
        if (isCrypt(slave, depth + 1))
            return true;
    }
    return false;
}

VolumeReport LinuxDmCryptInspector::inspect(const QString& folder) const {
    VolumeReport report;
    QString path = QFileInfo(folder).canonicalFilePath();
    if (path.isEmpty())
        path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QString mountInfo = readText(m_procRoot + QStringLiteral("/self/mountinfo"));
    if (mountInfo.isEmpty()) {
        report.reason = QStringLiteral("mountinfo unreadable");
        return report;
    }
    QString majorMinor;
    QString source;
    for (const QString& line : mountInfo.split(u'\n', Qt::SkipEmptyParts)) {
        // id parent major:minor root mount-point options [optional...] - fstype source super
        const QStringList fields = line.split(u' ');
        const qsizetype dash = fields.indexOf(QStringLiteral("-"));
        if (fields.size() < 5 || dash < 0 || dash + 2 >= fields.size())
            continue;
        const QString mountPoint = unescapeMountField(fields.at(4));
        if (!isUnder(path, mountPoint) || mountPoint.size() < report.mountPoint.size())
            continue;
        report.mountPoint = mountPoint;
        majorMinor = fields.at(2);
        source = unescapeMountField(fields.at(dash + 2));
    }
    if (report.mountPoint.isEmpty()) {
        report.reason = QStringLiteral("no mount found");
        return report;
    }
    // The device number names the block device; for btrfs and the like it is an
    // anonymous 0:N, so fall back to the mount's source (/dev/mapper/... or /dev/sdX).
    QString blockName =
        QFileInfo(m_sysRoot + QStringLiteral("/dev/block/") + majorMinor).canonicalFilePath();
    blockName = blockName.isEmpty() ? QString() : QFileInfo(blockName).fileName();
    if (blockName.isEmpty() && source.startsWith(QLatin1String("/dev/"))) {
        const QString resolved = QFileInfo(source).canonicalFilePath();
        blockName = QFileInfo(resolved.isEmpty() ? source : resolved).fileName();
    }
    if (blockName.isEmpty() ||
        !QFileInfo::exists(m_sysRoot + QStringLiteral("/class/block/") + blockName)) {
        report.reason = QStringLiteral("not on a block device");
        return report;
    }
    report.device = blockName;
    const bool crypt = isCrypt(blockName, 0);
    report.encryption = crypt ? VolumeEncryption::Encrypted : VolumeEncryption::NotEncrypted;
    report.reason = crypt ? QStringLiteral("dm-crypt") : QStringLiteral("no dm-crypt device");
    return report;
}

VolumeReport UnknownVolumeInspector::inspect(const QString&) const {
    VolumeReport report;
    report.reason = QStringLiteral("not checked on this platform");
    return report;
}

std::optional<EncryptionPolicy> encryptionPolicyFromName(const QString& name) {
    if (name == QLatin1String("ignore"))
        return EncryptionPolicy::Ignore;
    if (name == QLatin1String("warn"))
        return EncryptionPolicy::Warn;
    if (name == QLatin1String("refuse"))
        return EncryptionPolicy::Refuse;
    return std::nullopt;
}

StartupVerdict VolumeCheck::decide(const VolumeReport& report, EncryptionPolicy policy,
                                   const QString& folder) {
    if (report.encryption == VolumeEncryption::Encrypted || policy == EncryptionPolicy::Ignore)
        return {};
    const QString problem =
        report.encryption == VolumeEncryption::NotEncrypted
            ? tr("Kith's data folder %1 is not on an encrypted disk. If this computer is lost, "
                 "the families' records on it could be read.")
                  .arg(folder)
            : tr("Kith could not tell whether its data folder %1 is on an encrypted disk.")
                  .arg(folder);
    if (policy == EncryptionPolicy::Warn)
        return {true, problem + u' ' + tr("Ask your IT service to turn on disk encryption.")};
    return {false, problem + u' ' +
                       tr("Your council's policy does not allow Kith to open it there. Ask "
                          "your IT service to turn on disk encryption.")};
}

} // namespace kith::privacy
