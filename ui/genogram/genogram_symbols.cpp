#include "genogram_symbols.h"

#include "genogram_labels.h"
#include "genogram_text.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace kith::ui::symbols {

using namespace genogram;
namespace units = genogram::layout_units;

namespace {

const QColor kInk(0x21, 0x21, 0x21);

QFont labelFont(double pixels, bool bold = false) {
    QFont font;
    font.setPixelSize(qRound(pixels));
    font.setBold(bold);
    return font;
}

QPen inkPen(double width = 2, Qt::PenStyle style = Qt::SolidLine) {
    QPen pen(kInk, width, style);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

QPainterPath shapeFor(Sex sex, const QRectF& box) {
    QPainterPath path;
    switch (sex) {
    case Sex::Male:
        path.addRect(box);
        break;
    case Sex::Female:
        path.addEllipse(box);
        break;
    case Sex::Diverse: {
        const QPointF c = box.center();
        path.moveTo(c.x(), box.top());
        path.lineTo(box.right(), c.y());
        path.lineTo(c.x(), box.bottom());
        path.lineTo(box.left(), c.y());
        path.closeSubpath();
        break;
    }
    }
    return path;
}

void paintCross(QPainter& painter, const QRectF& box) {
    painter.drawLine(box.topLeft(), box.bottomRight());
    painter.drawLine(box.topRight(), box.bottomLeft());
}

// A zigzag along `line`, for conflict and abuse.
QPainterPath zigzag(const QLineF& line, double amplitude = 5, double wave = 10) {
    QPainterPath path(line.p1());
    const double length = line.length();
    if (length < 1)
        return path;
    const QPointF along = (line.p2() - line.p1()) / length;
    const QPointF across(-along.y(), along.x());
    const int teeth = std::max(2, static_cast<int>(length / wave));
    for (int i = 1; i < teeth; ++i) {
        const double side = (i % 2 ? 1 : -1) * amplitude;
        path.lineTo(line.p1() + along * (length * i / teeth) + across * side);
    }
    path.lineTo(line.p2());
    return path;
}

QLineF shifted(const QLineF& line, double by) {
    const double length = std::max(1.0, line.length());
    const QPointF across(-(line.dy()) / length * by, line.dx() / length * by);
    return line.translated(across);
}

void paintArrowhead(QPainter& painter, const QLineF& line, const QColor& colour) {
    const double length = std::max(1.0, line.length());
    const QPointF along = (line.p2() - line.p1()) / length;
    const QPointF across(-along.y(), along.x());
    const QPointF tip = line.p2();
    QPolygonF head;
    head << tip << tip - along * 14 + across * 6 << tip - along * 14 - across * 6;
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(head);
}

// Relationship lines stop at the edge of the symbols, not their centres.
QLineF trimmed(QPointF from, QPointF to) {
    QLineF line(from, to);
    const double length = line.length();
    const double gap = units::kSymbolSize / 2 + 4;
    if (length <= gap * 2 + 4)
        return line;
    const QPointF along = (to - from) / length;
    return {from + along * gap, to - along * gap};
}

Qt::PenStyle childPenStyle(ChildKind kind) {
    switch (kind) {
    case ChildKind::Biological:
        return Qt::SolidLine;
    case ChildKind::Adopted:
        return Qt::DashLine;
    case ChildKind::Fostered:
        return Qt::DotLine;
    case ChildKind::Step:
        return Qt::DashDotLine;
    case ChildKind::Kinship:
        return Qt::DashDotDotLine;
    }
    return Qt::SolidLine;
}

Qt::PenStyle unionPenStyle(UnionKind kind) {
    switch (kind) {
    case UnionKind::LivingTogether:
        return Qt::DashLine;
    case UnionKind::Engaged:
        return Qt::DotLine;
    default:
        return Qt::SolidLine;
    }
}

// Separated: one slash across the couple line; divorced: two.
void paintBreaks(QPainter& painter, UnionKind kind, QPointF middle) {
    const int slashes = kind == UnionKind::Separated ? 1 : kind == UnionKind::Divorced ? 2 : 0;
    for (int i = 0; i < slashes; ++i) {
        const double x = middle.x() + (slashes == 2 ? (i ? 4 : -4) : 0);
        painter.drawLine(QPointF(x - 5, middle.y() + 9), QPointF(x + 5, middle.y() - 9));
    }
    if (kind == UnionKind::CivilPartnership) // a second line under the first
        painter.drawLine(middle + QPointF(-10, 4), middle + QPointF(10, 4));
}

} // namespace

void paintPersonSymbol(QPainter& painter, const Person& person, const QRectF& fullBox) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(inkPen());
    painter.setBrush(Qt::white);
    const QPointF c = fullBox.center();
    switch (person.pregnancy) {
    case Pregnancy::Pregnant: {
        const double s = fullBox.width() * 0.75;
        QPolygonF triangle;
        triangle << QPointF(c.x(), c.y() - s / 2) << QPointF(c.x() + s / 2, c.y() + s / 2)
                 << QPointF(c.x() - s / 2, c.y() + s / 2);
        painter.drawPolygon(triangle);
        break;
    }
    case Pregnancy::Miscarriage:
        painter.setBrush(kInk);
        painter.drawEllipse(c, fullBox.width() * 0.18, fullBox.width() * 0.18);
        break;
    case Pregnancy::Termination: {
        const double s = fullBox.width() * 0.2;
        paintCross(painter, QRectF(c.x() - s, c.y() - s, 2 * s, 2 * s));
        break;
    }
    case Pregnancy::Stillbirth: {
        const double s = fullBox.width() * 0.3;
        const QRectF small(c.x() - s, c.y() - s, 2 * s, 2 * s);
        painter.drawPath(shapeFor(person.sex, small));
        paintCross(painter, small);
        break;
    }
    case Pregnancy::None:
        painter.drawPath(shapeFor(person.sex, fullBox));
        if (person.indexChild) // the child the assessment is about: a double outline
            painter.drawPath(shapeFor(person.sex, fullBox.adjusted(5, 5, -5, -5)));
        if (person.deceased)
            paintCross(painter, fullBox.adjusted(-4, -4, 4, 4));
        break;
    }
    painter.restore();
}

void paintPerson(QPainter& painter, const Person& person, QPointF centre, const QDate& today) {
    const double s = units::kSymbolSize;
    const QRectF box(centre.x() - s / 2, centre.y() - s / 2, s, s);
    paintPersonSymbol(painter, person, box);
    painter.save();
    painter.setPen(kInk);
    const int age = GenogramLabels::age(person, today);
    if (age >= 0 && !person.deceased) {
        painter.setFont(labelFont(15, true));
        painter.drawText(box, Qt::AlignCenter, QString::number(age));
    }
    // On a white ground, so that a line passing under the name (a single parent's line to
    // their child, an emotional line from below) does not cross the words.
    const TextBlock text = personText(person, centre);
    if (!text.lines.isEmpty())
        painter.fillRect(text.inkBounds().adjusted(-2, -1, 2, 1), Qt::white);
    text.paint(painter);
    painter.restore();
}

QRectF personBounds(QPointF centre) {
    // The longest label: a wrapped name and the years.
    Person longest;
    longest.name = QString(100, u'x');
    longest.deceased = true;
    const double s = units::kSymbolSize;
    return QRectF(centre.x() - s / 2 - 6, centre.y() - s / 2 - 6, s + 12, s + 12)
        .united(personLabelBox(longest, centre).adjusted(-3, 0, 3, 2));
}

void paintUnionSample(QPainter& painter, UnionKind kind, QPointF left, QPointF right) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(inkPen(2, unionPenStyle(kind)));
    painter.drawLine(left, right);
    painter.setPen(inkPen(2));
    paintBreaks(painter, kind, (left + right) / 2);
    painter.restore();
}

void paintUnion(QPainter& painter, const Union& couple, const PlacedUnion& placed) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(inkPen(2, unionPenStyle(couple.kind)));
    const QPointF leftLow(placed.left.x(), placed.lineY);
    const QPointF rightLow(placed.right.x(), placed.lineY);
    QPainterPath path(placed.left);
    path.lineTo(leftLow);
    path.lineTo(rightLow);
    path.lineTo(placed.right);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(inkPen(2));
    paintBreaks(painter, couple.kind, placed.midpoint());
    painter.setPen(kInk);
    unionText(couple, placed).paint(painter);
    painter.restore();
}

void paintChildSample(QPainter& painter, ChildKind kind, QPointF top, QPointF bottom) {
    painter.save();
    painter.setPen(inkPen(2, childPenStyle(kind)));
    painter.drawLine(top, bottom);
    painter.restore();
}

void paintChildLine(QPainter& painter, const ChildLink& link, const PlacedChild& placed) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(inkPen(2));
    // The drop from the parents and the sibling bar are shared and always solid; the kind
    // of link shows on the child's own part.
    painter.drawLine(placed.origin, QPointF(placed.origin.x(), placed.barY));
    painter.drawLine(QPointF(placed.origin.x(), placed.barY),
                     QPointF(placed.branch.x(), placed.barY));
    painter.setPen(inkPen(2, childPenStyle(link.kind)));
    if (placed.branch.y() > placed.barY)
        painter.drawLine(QPointF(placed.branch.x(), placed.barY), placed.branch);
    painter.drawLine(placed.branch, placed.childTop);
    if (!link.twinGroup.isEmpty() && link.identicalTwins) {
        // Half of the bar between identical twins; the other twin draws the other half.
        const QLineF own(placed.branch, placed.childTop);
        const QPointF onLine = own.pointAt(0.4);
        painter.setPen(inkPen(2));
        painter.drawLine(onLine, QPointF(placed.branch.x(), onLine.y()));
    }
    painter.restore();
}

QColor bondColour(Bond bond) {
    switch (bond) {
    case Bond::Close:
        return QColor(0x2e, 0x7d, 0x32);
    case Bond::Fused:
        return QColor(0x00, 0x69, 0x5c);
    case Bond::Distant:
        return QColor(0x75, 0x75, 0x75);
    case Bond::Conflict:
        return QColor(0xe6, 0x5c, 0x00);
    case Bond::Hostile:
        return QColor(0xc6, 0x28, 0x28);
    case Bond::CutOff:
        return QColor(0x21, 0x21, 0x21);
    case Bond::PhysicalAbuse:
        return QColor(0x8e, 0x00, 0x00);
    case Bond::EmotionalAbuse:
        return QColor(0x6a, 0x1b, 0x9a);
    case Bond::SexualAbuse:
        return QColor(0xad, 0x14, 0x57);
    case Bond::Neglect:
        return QColor(0x79, 0x55, 0x48);
    case Bond::CaringFor:
        return QColor(0x15, 0x65, 0xc0);
    }
    return kInk;
}

void paintRelationship(QPainter& painter, Bond bond, QPointF from, QPointF to, double offset) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = bondColour(bond);
    const QLineF line = shifted(trimmed(from, to), offset);
    QPen pen(colour, 2.5);
    pen.setCapStyle(Qt::RoundCap);
    painter.setBrush(Qt::NoBrush);
    // Arrowed lines stop short so that the head, not the line, meets the person.
    QLineF body = line;
    if (isDirected(bond) && line.length() > 20)
        body.setLength(line.length() - 12);
    auto strands = [&](int count, double gap) {
        for (int i = 0; i < count; ++i)
            painter.drawLine(shifted(body, (i - (count - 1) / 2.0) * gap));
    };
    switch (bond) {
    case Bond::Close:
        painter.setPen(pen);
        strands(2, 5);
        break;
    case Bond::Fused:
        painter.setPen(pen);
        strands(3, 5);
        break;
    case Bond::Distant:
        pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        strands(1, 0);
        break;
    case Bond::Conflict:
        painter.setPen(pen);
        painter.drawPath(zigzag(body));
        break;
    case Bond::Hostile:
        painter.setPen(pen);
        painter.drawPath(zigzag(body));
        painter.drawLine(shifted(body, 7));
        painter.drawLine(shifted(body, -7));
        break;
    case Bond::CutOff: {
        painter.setPen(pen);
        const QPointF mid = body.center();
        const double length = std::max(1.0, body.length());
        const QPointF along = (body.p2() - body.p1()) / length;
        const QPointF across(-along.y(), along.x());
        painter.drawLine(body.p1(), mid - along * 6);
        painter.drawLine(mid + along * 6, body.p2());
        painter.drawLine(mid - along * 6 - across * 9, mid - along * 6 + across * 9);
        painter.drawLine(mid + along * 6 - across * 9, mid + along * 6 + across * 9);
        break;
    }
    case Bond::PhysicalAbuse:
        pen.setWidthF(3.5);
        painter.setPen(pen);
        painter.drawPath(zigzag(body, 6, 9));
        break;
    case Bond::EmotionalAbuse:
        painter.setPen(pen);
        painter.drawPath(zigzag(body, 4, 14));
        painter.drawLine(body);
        break;
    case Bond::SexualAbuse:
        painter.setPen(pen);
        painter.drawPath(zigzag(shifted(body, 3), 4, 8));
        painter.drawPath(zigzag(shifted(body, -3), 4, 8));
        break;
    case Bond::Neglect:
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(3);
        painter.setPen(pen);
        strands(1, 0);
        break;
    case Bond::CaringFor:
        painter.setPen(pen);
        strands(1, 0);
        break;
    }
    if (isDirected(bond))
        paintArrowhead(painter, line, colour);
    painter.restore();
}

void paintHousehold(QPainter& painter, const Household& household, const QRectF& bounds) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(QColor(0x00, 0x60, 0x9c), 2, Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(QColor(0x00, 0x60, 0x9c, 14));
    painter.drawRoundedRect(bounds, 18, 18);
    if (!household.label.isEmpty()) {
        // In the band the layout keeps above the members, clear of the edge; elided rather
        // than touching it should the font be wider than the layout allowed for.
        painter.setFont(labelFont(12, true));
        const QRectF room = bounds.adjusted(units::kHouseholdLabelInset, units::kHouseholdLabelTop,
                                            -units::kHouseholdLabelInset, 0);
        const QFontMetricsF metrics(painter.font(), painter.device());
        const QString text = metrics.elidedText(household.label, Qt::ElideRight, room.width());
        painter.setPen(QColor(0x00, 0x60, 0x9c));
        painter.drawText(room, Qt::AlignLeft | Qt::AlignTop, text);
    }
    painter.restore();
}

} // namespace kith::ui::symbols
