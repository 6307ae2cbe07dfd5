// kith-server: the central endpoint that Kith laptops sync with.
#include "server/central_server.h"
#include "server/server_store.h"
#include "server/sync_service.h"
#include "user_commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("kith-server", text);
}

int fail(const QString& message, int code = 2) {
    QTextStream(stderr) << "kith-server: " << message << Qt::endl;
    return code;
}

// The store named by --database, or the SQLite file in --data (made owner-only).
kith::Result<std::unique_ptr<kith::server::ServerStore>>
openStore(const QCommandLineParser& parser) {
    using R = kith::Result<std::unique_ptr<kith::server::ServerStore>>;
    if (parser.isSet(QStringLiteral("database")))
        return kith::server::ServerStore::openPostgres(parser.value(QStringLiteral("database")));
    if (!parser.isSet(QStringLiteral("data")))
        return R::fail(tr("give --data DIR (SQLite) or --database postgresql://..."));
    const QString dir = parser.value(QStringLiteral("data"));
    if (!QDir().mkpath(dir))
        return R::fail(tr("cannot create the data folder %1").arg(dir));
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return kith::server::ServerStore::openSqlite(
        QDir(dir).filePath(QStringLiteral("kith-server.sqlite")));
}

QString readPassword() {
    QTextStream in(stdin);
    QString line = in.readLine();
    return line.endsWith(u'\r') ? line.chopped(1) : line;
}

int serve(const QCommandLineParser& parser, kith::server::ServerStore& store) {
    QHostAddress address;
    quint16 port = 0;
    const QString listenText = parser.value(QStringLiteral("listen"));
    if (!kith::server::parseListenAddress(listenText, address, port))
        return fail(tr("--listen must look like 127.0.0.1:8470, not %1").arg(listenText));
    kith::server::SyncService service(store, kith::Clock::system());
    kith::server::CentralServer server(service);
    const QString certPath = parser.value(QStringLiteral("tls-cert"));
    const QString keyPath = parser.value(QStringLiteral("tls-key"));
    if (certPath.isEmpty() != keyPath.isEmpty())
        return fail(tr("give both --tls-cert and --tls-key, or neither"));
    if (!certPath.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(certPath);
        QFile keyFile(keyPath);
        if (certificates.isEmpty())
            return fail(tr("--tls-cert: %1 holds no PEM certificate").arg(certPath));
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(tr("--tls-key: cannot read %1").arg(keyPath));
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec);
        if (key.isNull())
            return fail(tr("--tls-key: %1 holds no unencrypted PEM RSA or EC key").arg(keyPath));
        server.useTls(certificates.first(), key);
    }
    const quint16 bound = server.listen(address, port);
    if (bound == 0)
        return fail(
            tr("cannot listen on %1 (in use, or not an address of this machine)").arg(listenText),
            1);
    // Tests and service managers read this line to learn the port.
    QTextStream(stdout) << "kith-server listening on " << address.toString() << ':' << bound
                        << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kith-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KITH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The central Kith server.\n  kith-server --data DIR --listen 127.0.0.1:8470\n"
           "  kith-server --data DIR user add NAME --role ROLE (password on standard input)\n"
           "  kith-server --data DIR user list | user disable NAME"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("listen"),
         tr("Address and port to listen on, e.g. 127.0.0.1:8470 (port 0 picks a free one)."),
         QStringLiteral("address:port"), QStringLiteral("127.0.0.1:8470")},
        {QStringLiteral("data"), tr("Folder for the SQLite database."), QStringLiteral("dir")},
        {QStringLiteral("database"), tr("PostgreSQL database instead of SQLite."),
         QStringLiteral("postgresql://user[:password]@host[:port]/dbname")},
        {QStringLiteral("tls-cert"), tr("PEM certificate: serve HTTPS."), QStringLiteral("file")},
        {QStringLiteral("tls-key"), tr("PEM private key for --tls-cert."), QStringLiteral("file")},
        {QStringLiteral("role"), tr("user add: practitioner, manager or admin."),
         QStringLiteral("role")},
        {QStringLiteral("team"), tr("user add: the team."), QStringLiteral("team")},
        {QStringLiteral("professional"), tr("user add: id of this person's professional record."),
         QStringLiteral("id")},
        {QStringLiteral("hub"), tr("user add: the hub (default: the only one)."),
         QStringLiteral("name")},
    });
    parser.addPositionalArgument(QStringLiteral("user"),
                                 tr("Account commands: add, list, disable."));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() != QLatin1String("user"))
        return fail(tr("unknown command %1; the only command is \"user\"").arg(positional.first()));
    const bool adding = positional.value(1) == QLatin1String("add");
    const QString password = adding ? readPassword() : QString();

    auto opened = openStore(parser);
    if (!opened)
        return fail(opened.error(), 1);
    std::unique_ptr<kith::server::ServerStore> store = std::move(opened).value();
    if (!positional.isEmpty())
        return kith::server::runUserCommand(*store, positional.mid(1), parser, password);
    return serve(parser, *store);
}
