// The HTTP/1.1 answer reader of the sync transport: framing, deflate, and broken answers.
#include "client/http_response_parser.h"
#include "protocol/http_deflate.h"

#include <catch2/catch.hpp>

using namespace kith::sync;
using State = HttpResponseParser::State;

namespace {

// Feeds the bytes one at a time, as a slow network might deliver them.
State feedByteByByte(HttpResponseParser& parser, const QByteArray& bytes) {
    State state = State::Incomplete;
    for (const char c : bytes)
        state = parser.feed(QByteArray(1, c));
    return state;
}

} // namespace

TEST_CASE("An answer framed by Content-Length is read whole however it arrives", "[sync-http]") {
    const QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: 11\r\n\r\n{\"ok\":true}";
    HttpResponseParser slow;
    CHECK(feedByteByByte(slow, answer.left(answer.size() - 1)) == State::Incomplete);
    CHECK(slow.feed(answer.right(1)) == State::Complete);
    CHECK(slow.response().status == 200);
    CHECK(slow.response().body == "{\"ok\":true}");
    CHECK(slow.response().header("content-type") == "application/json");
    CHECK(slow.keepAlive());
}

TEST_CASE("A chunked answer is put back together, extensions and trailers skipped", "[sync-http]") {
    const QByteArray answer = "HTTP/1.1 409 Conflict\r\nTransfer-Encoding: chunked\r\n\r\n"
                              "4;name=value\r\nabcd\r\n"
                              "a\r\n0123456789\r\n"
                              "0\r\nX-Trailer: 1\r\n\r\n";
    HttpResponseParser parser;
    CHECK(feedByteByByte(parser, answer) == State::Complete);
    CHECK(parser.response().status == 409);
    CHECK(parser.response().body == "abcd0123456789");
}

TEST_CASE("A deflated answer is inflated and the encoding header dropped", "[sync-http]") {
    const QByteArray plain(5000, 'k');
    const QByteArray packed = deflateBody(plain);
    REQUIRE(packed.size() < plain.size());
    HttpResponseParser parser;
    const QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\nContent-Length: " +
                              QByteArray::number(packed.size()) + "\r\n\r\n" + packed;
    CHECK(parser.feed(answer) == State::Complete);
    CHECK(parser.response().body == plain);
    CHECK(parser.response().header("Content-Encoding").isEmpty());
}

TEST_CASE("An answer read to the end of the connection, and one cut short", "[sync-http]") {
    HttpResponseParser toClose;
    CHECK(toClose.feed("HTTP/1.0 200 OK\r\n\r\npartial body") == State::Incomplete);
    CHECK(toClose.closed() == State::Complete);
    CHECK(toClose.response().body == "partial body");
    CHECK_FALSE(toClose.keepAlive());

    HttpResponseParser cut;
    CHECK(cut.feed("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this") == State::Incomplete);
    CHECK(cut.closed() == State::Broken);
    CHECK_FALSE(cut.problem().isEmpty());
}

TEST_CASE("Answers that are not HTTP or are damaged are refused with a reason", "[sync-http]") {
    HttpResponseParser notHttp;
    CHECK(notHttp.feed("SSH-2.0-OpenSSH\r\n\r\n") == State::Broken);
    HttpResponseParser badLength;
    CHECK(badLength.feed("HTTP/1.1 200 OK\r\nContent-Length: many\r\n\r\n") == State::Broken);
    HttpResponseParser badDeflate;
    CHECK(badDeflate.feed("HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n"
                          "Content-Length: 4\r\n\r\nnope") == State::Broken);
    CHECK(badDeflate.problem().contains(QStringLiteral("damaged")));
    HttpResponseParser closing;
    CHECK(closing.feed("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n") == State::Complete);
    CHECK_FALSE(closing.keepAlive());
}
