#include "genogram/genogram_layout_rows.h"

#include "genogram/genogram_layout.h"

#include <QSet>
#include <algorithm>
#include <limits>
#include <numeric>

namespace kith::genogram::layout_detail {
namespace {

using namespace layout_units;
constexpr qint64 kUnknownBirth = std::numeric_limits<qint64>::max();

void addUnique(QVector<int>& list, int value) {
    if (!list.contains(value))
        list.append(value);
}

} // namespace

double Unit::width() const {
    return (members.size() - 1) * kPartnerColumn;
}

FamilyGraph::FamilyGraph(const Genogram& genogram) {
    const int n = static_cast<int>(genogram.people.size());
    parents.resize(n);
    children.resize(n);
    partners.resize(n);
    birthKey.resize(n);
    for (int i = 0; i < n; ++i) {
        const Person& person = genogram.people.at(i);
        index.insert(person.id, i);
        if (person.dateOfBirth.isValid())
            birthKey[i] = person.dateOfBirth.toJulianDay();
        else if (person.birthYear > 0)
            birthKey[i] = QDate(person.birthYear, 7, 1).toJulianDay();
        else
            birthKey[i] = kUnknownBirth;
    }
    for (const ChildLink& link : genogram.children) {
        const int child = index.value(link.childId, -1);
        for (const QString& parentId : {link.parentA, link.parentB}) {
            const int parent = index.value(parentId, -1);
            if (child < 0 || parent < 0 || parent == child)
                continue;
            addUnique(parents[child], parent);
            addUnique(children[parent], child);
        }
    }
    for (const Union& couple : genogram.unions) {
        const int a = index.value(couple.partnerA, -1);
        const int b = index.value(couple.partnerB, -1);
        if (a < 0 || b < 0 || a == b)
            continue;
        addUnique(partners[a], b);
        addUnique(partners[b], a);
    }
}

QVector<int> generations(const FamilyGraph& graph, const Genogram& genogram) {
    const int n = graph.size();
    QVector<int> gen(n, 0);
    // Longest path from the oldest, partners levelled. A cycle (someone their own
    // ancestor) would push forever: generations are capped and the passes counted.
    auto relax = [&] {
        for (int pass = 0; pass <= n + 1; ++pass) {
            bool changed = false;
            for (int child = 0; child < n; ++child) {
                for (int parent : graph.parents[child]) {
                    if (gen[child] < gen[parent] + 1 && gen[parent] + 1 <= n) {
                        gen[child] = gen[parent] + 1;
                        changed = true;
                    }
                }
                for (int partner : graph.partners[child]) {
                    if (gen[partner] != gen[child]) {
                        gen[partner] = gen[child] = std::max(gen[partner], gen[child]);
                        changed = true;
                    }
                }
            }
            if (!changed)
                return;
        }
    };
    relax();
    // Someone with no parents on the genogram comes down to just above their children
    // (a grandparent on one side only), with their partners when those have none either.
    for (int person = 0; person < n; ++person) {
        if (!graph.parents[person].isEmpty() || graph.children[person].isEmpty())
            continue;
        QVector<int> group{person};
        bool free = true;
        for (int partner : graph.partners[person]) {
            free = free && graph.parents[partner].isEmpty();
            group.append(partner);
        }
        if (!free)
            continue;
        int target = std::numeric_limits<int>::max();
        for (int member : group) {
            for (int child : graph.children[member])
                target = std::min(target, gen[child] - 1);
        }
        if (target != std::numeric_limits<int>::max() && target > gen[person]) {
            for (int member : group)
                gen[member] = target;
        }
    }
    relax();
    // People with no lines at all join the row nearest their year of birth.
    QHash<int, QPair<qint64, int>> yearsByRow; // row -> (sum of birth keys, count)
    for (int person = 0; person < n; ++person) {
        if (graph.birthKey[person] != kUnknownBirth &&
            !(graph.parents[person].isEmpty() && graph.children[person].isEmpty() &&
              graph.partners[person].isEmpty())) {
            auto& [sum, count] = yearsByRow[gen[person]];
            sum += graph.birthKey[person];
            ++count;
        }
    }
    for (int person = 0; person < n; ++person) {
        if (!graph.parents[person].isEmpty() || !graph.children[person].isEmpty() ||
            !graph.partners[person].isEmpty() || graph.birthKey[person] == kUnknownBirth)
            continue;
        qint64 best = std::numeric_limits<qint64>::max();
        for (auto row = yearsByRow.cbegin(); row != yearsByRow.cend(); ++row) {
            const qint64 distance =
                std::abs(row.value().first / row.value().second - graph.birthKey[person]);
            if (distance < best || (distance == best && row.key() < gen[person])) {
                best = distance;
                gen[person] = row.key();
            }
        }
    }
    Q_UNUSED(genogram);
    const int lowest = n == 0 ? 0 : *std::min_element(gen.cbegin(), gen.cend());
    for (int& g : gen)
        g -= lowest;
    return gen;
}

namespace {

// Partners in one row, as chains: a person with two partners sits between them.
QVector<Unit> unitsOfRow(const FamilyGraph& graph, const Genogram& genogram,
                         const QVector<int>& generation, int row) {
    QVector<Unit> units;
    QSet<int> placed;
    auto sameRowPartners = [&](int person) {
        QVector<int> result;
        for (int partner : graph.partners[person]) {
            if (generation[partner] == row && !placed.contains(partner))
                result.append(partner);
        }
        return result;
    };
    for (int first = 0; first < graph.size(); ++first) {
        if (generation[first] != row || placed.contains(first))
            continue;
        // The whole chain of partners reachable from `first`, then walked from an end.
        QVector<int> component{first};
        QSet<int> seen{first};
        for (int i = 0; i < component.size(); ++i) {
            for (int partner : graph.partners[component[i]]) {
                if (generation[partner] == row && !seen.contains(partner)) {
                    seen.insert(partner);
                    component.append(partner);
                }
            }
        }
        auto degree = [&](int person) {
            return std::count_if(graph.partners[person].cbegin(), graph.partners[person].cend(),
                                 [&](int p) { return seen.contains(p); });
        };
        std::sort(component.begin(), component.end());
        int current = *std::min_element(component.cbegin(), component.cend(),
                                        [&](int a, int b) { return degree(a) < degree(b); });
        Unit unit;
        while (unit.members.size() < component.size()) {
            unit.members.append(current);
            placed.insert(current);
            QVector<int> next = sameRowPartners(current);
            if (next.isEmpty()) { // a chain that branches: carry on from what is left
                for (int member : component) {
                    if (!placed.contains(member)) {
                        next.append(member);
                        break;
                    }
                }
            }
            if (next.isEmpty())
                break;
            current = *std::min_element(next.cbegin(), next.cend(), [&](int a, int b) {
                return std::make_pair(degree(a), a) < std::make_pair(degree(b), b);
            });
        }
        // The usual drawing: a man on the left of a woman.
        if (unit.members.size() == 2 && genogram.people.at(unit.members[0]).sex == Sex::Female &&
            genogram.people.at(unit.members[1]).sex == Sex::Male)
            std::swap(unit.members[0], unit.members[1]);
        units.append(unit);
    }
    return units;
}

double centreOf(const Unit& unit) {
    return unit.left + unit.width() / 2;
}

// Sets each unit's x to be as near its wish as the order and spacing allow: the mean of
// packing from the left and packing from the right (both keep every gap).
void packRow(QVector<Unit>& units, const QVector<double>& wishedCentre) {
    const int count = static_cast<int>(units.size());
    if (count == 0)
        return;
    QVector<double> fromLeft(count), fromRight(count);
    for (int i = 0; i < count; ++i) {
        const double wish = wishedCentre[i] - units[i].width() / 2;
        fromLeft[i] =
            i == 0 ? wish : std::max(wish, fromLeft[i - 1] + units[i - 1].width() + kColumn);
    }
    for (int i = count - 1; i >= 0; --i) {
        const double wish = wishedCentre[i] - units[i].width() / 2;
        fromRight[i] =
            i == count - 1 ? wish : std::min(wish, fromRight[i + 1] - units[i].width() - kColumn);
    }
    for (int i = 0; i < count; ++i)
        units[i].left = (fromLeft[i] + fromRight[i]) / 2;
}

} // namespace

QVector<QVector<Unit>> orderRows(const FamilyGraph& graph, const Genogram& genogram,
                                 const QVector<int>& generation) {
    const int rows =
        generation.isEmpty() ? 0 : *std::max_element(generation.cbegin(), generation.cend()) + 1;
    QVector<QVector<Unit>> units(rows);
    QVector<double> x(graph.size(), 0);
    auto placeRow = [&](int row) {
        double left = 0;
        for (Unit& unit : units[row]) {
            unit.left = left;
            left += unit.width() + kColumn;
        }
    };
    auto recordX = [&](int row) {
        for (const Unit& unit : std::as_const(units[row])) {
            for (int i = 0; i < unit.members.size(); ++i)
                x[unit.members[i]] = unit.left + i * kPartnerColumn;
        }
    };
    for (int row = 0; row < rows; ++row) {
        units[row] = unitsOfRow(graph, genogram, generation, row);
        placeRow(row);
        recordX(row);
    }
    auto meanX = [&](const QVector<int>& people, int row, double fallback) {
        double sum = 0;
        int count = 0;
        for (int p : people) {
            if (generation[p] == row) {
                sum += x[p];
                ++count;
            }
        }
        return count == 0 ? fallback : sum / count;
    };
    // The wish of a unit: under its members' parents (going down) or over their children
    // (going up); a unit with neither stays where it is.
    auto wish = [&](const Unit& unit, bool down, int row) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < unit.members.size(); ++i) {
            const int member = unit.members[i];
            const QVector<int>& related = down ? graph.parents[member] : graph.children[member];
            const double wanted = meanX(related, down ? row - 1 : row + 1, qQNaN());
            if (!qIsNaN(wanted)) {
                sum += wanted - i * kPartnerColumn + unit.width() / 2;
                ++count;
            }
        }
        return count == 0 ? centreOf(unit) : sum / count;
    };
    // Where a unit belongs in the order: its members' parents (or children), without
    // the offset of the member within the unit, so that a married sibling sorts with
    // their unmarried brothers and sisters.
    auto sortKey = [&](const Unit& unit, bool down, int row) {
        double sum = 0;
        int count = 0;
        for (int member : unit.members) {
            const QVector<int>& related = down ? graph.parents[member] : graph.children[member];
            const double wanted = meanX(related, down ? row - 1 : row + 1, qQNaN());
            if (!qIsNaN(wanted)) {
                sum += wanted;
                ++count;
            }
        }
        return count == 0 ? centreOf(unit) : sum / count;
    };
    // Earliest-born member with parents: siblings go left to right in birth order.
    auto birthRank = [&](const Unit& unit) {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int member : unit.members) {
            if (!graph.parents[member].isEmpty())
                best = std::min(best, graph.birthKey[member]);
        }
        return best;
    };
    auto sweep = [&](int row, bool down, bool reorder) {
        QVector<double> wishes, keys;
        for (const Unit& unit : std::as_const(units[row])) {
            wishes.append(wish(unit, down, row));
            keys.append(std::round(sortKey(unit, down, row)));
        }
        if (reorder) {
            QVector<int> order(units[row].size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
                if (keys[a] != keys[b])
                    return keys[a] < keys[b];
                return birthRank(units[row][a]) < birthRank(units[row][b]);
            });
            QVector<Unit> sorted;
            QVector<double> sortedWishes;
            for (int i : order) {
                sorted.append(units[row][i]);
                sortedWishes.append(wishes[i]);
            }
            units[row] = sorted;
            wishes = sortedWishes;
        }
        packRow(units[row], wishes);
        recordX(row);
    };
    // Barycentre sweeps: order each row under the one above, then centre parents over
    // their children and children under their parents.
    for (int round = 0; round < 3; ++round) {
        for (int row = 1; row < rows; ++row)
            sweep(row, true, true);
        for (int row = rows - 2; row >= 0; --row)
            sweep(row, false, round < 2);
    }
    for (int row = 1; row < rows; ++row)
        sweep(row, true, true);
    return units;
}

} // namespace kith::genogram::layout_detail
