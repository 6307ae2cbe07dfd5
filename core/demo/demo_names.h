#pragma once

#include <array>

// Name and place lists for demo families. Common names from many of the communities
// that English family hubs serve; combined at random they describe nobody real.
namespace kith::demo::names {

struct Heritage {
    const char* const* femaleGiven;
    int femaleCount;
    const char* const* maleGiven;
    int maleCount;
    const char* const* family;
    int familyCount;
    int weight; // how often families of this heritage appear, out of the total
};

const std::array<Heritage, 7>& heritages();

struct Area {
    const char* town;
    const char* outwardCodes[6];
};
const std::array<Area, 4>& areas();

extern const std::array<const char*, 24> kStreets;
extern const std::array<const char*, 8> kStreetKinds;
extern const std::array<const char*, 16> kProfessionalGivenNames;
extern const std::array<const char*, 16> kProfessionalFamilyNames;

} // namespace kith::demo::names
