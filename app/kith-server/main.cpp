// kith-server: the central endpoint that Kith laptops sync with.
#include "server/central_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kith-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KITH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("kith-server", "The central Kith server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QCoreApplication::translate("kith-server",
                                    "Address and port to listen on, e.g. 127.0.0.1:8470 "
                                    "(port 0 picks a free one)."),
        QStringLiteral("address:port"), QStringLiteral("127.0.0.1:8470"));
    parser.addOption(listenOption);
    parser.process(app);

    QHostAddress address;
    quint16 port = 0;
    if (!kith::server::parseListenAddress(parser.value(listenOption), address, port)) {
        QTextStream(stderr) << "kith-server: --listen must look like 127.0.0.1:8470, not "
                            << parser.value(listenOption) << Qt::endl;
        return 2;
    }
    kith::server::CentralServer server;
    const quint16 bound = server.listen(address, port);
    if (bound == 0) {
        QTextStream(stderr) << "kith-server: cannot listen on " << parser.value(listenOption)
                            << " (in use, or not an address of this machine)" << Qt::endl;
        return 1;
    }
    // Tests and service managers read this line to learn the port.
    QTextStream(stdout) << "kith-server listening on " << address.toString() << ':' << bound
                        << Qt::endl;
    return QCoreApplication::exec();
}
