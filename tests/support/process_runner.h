#pragma once

#include "catch_qt.h"

#include <QProcess>
#include <QStringList>

namespace kith::testing {

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program to completion (at most `timeoutMs`) and collects what it printed.
inline ProcessResult runProgram(const QString& program, const QStringList& arguments,
                                int timeoutMs = 120000) {
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace kith::testing
