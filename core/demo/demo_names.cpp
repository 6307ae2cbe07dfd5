#include "demo/demo_names.h"

namespace kith::demo::names {
namespace {

template <std::size_t N>
constexpr int count(const char* const (&)[N]) {
    return static_cast<int>(N);
}

const char* const kBritishFemale[] = {"Olivia", "Amelia", "Isla",    "Ava",   "Mia",
                                      "Ivy",    "Lily",   "Freya",   "Emily", "Grace",
                                      "Sophie", "Chloe",  "Jessica", "Katie", "Catherine",
                                      "Sarah",  "Hannah", "Ellie",   "Zoë",   "Kayleigh"};
const char* const kBritishMale[] = {"Oliver", "George", "Harry",   "Noah",    "Jack",
                                    "Leo",    "Arthur", "Oscar",   "Charlie", "Jacob",
                                    "Thomas", "James",  "William", "Alfie",   "Joshua",
                                    "Daniel", "Ryan",   "Liam",    "Connor",  "Jon"};
const char* const kBritishFamily[] = {
    "Smith",   "Jones",    "Taylor", "Brown",    "Williams", "Wilson",      "Johnson",
    "Davies",  "Robinson", "Wright", "Thompson", "Evans",    "Walker",      "White",
    "Roberts", "Green",    "Hall",   "Wood",     "Jackson",  "Clarke",      "Smyth",
    "Hughes",  "Edwards",  "Turner", "O'Brien",  "McDonald", "Smith-Jones", "Lloyd-Webb"};
const char* const kSouthAsianFemale[] = {"Aisha", "Ayesha", "Fatima", "Zainab", "Maryam",
                                         "Priya", "Anaya",  "Sana",   "Noor",   "Amira"};
const char* const kSouthAsianMale[] = {"Mohammed", "Muhammad", "Mohamed", "Ahmed", "Ahmad",
                                       "Ali",      "Yusuf",    "Ibrahim", "Arjun", "Rohan"};
const char* const kSouthAsianFamily[] = {"Khan",  "Ahmed", "Hussain", "Ali",    "Begum",
                                         "Patel", "Shah",  "Singh",   "Rahman", "Chowdhury"};
const char* const kPolishFemale[] = {"Zofia", "Julia", "Maja", "Hanna", "Zuzanna", "Oliwia"};
const char* const kPolishMale[] = {"Jakub", "Jan", "Antoni", "Szymon", "Filip", "Kacper"};
const char* const kPolishFamily[] = {"Nowak",     "Kowalski", "Wiśniewski", "Wójcik",
                                     "Kowalczyk", "Kamiński", "Lewandowski"};
const char* const kWestAfricanFemale[] = {"Adaeze", "Chioma", "Ngozi", "Folake", "Amara", "Ife"};
const char* const kWestAfricanMale[] = {"Chinedu", "Emeka", "Tunde", "Oluwaseun", "Kwame", "Kofi"};
const char* const kWestAfricanFamily[] = {"Okafor",  "Adeyemi", "Okonkwo", "Mensah",
                                          "Boateng", "Adebayo", "Eze"};
const char* const kSomaliFemale[] = {"Hodan", "Amina", "Sahra", "Hibo", "Fadumo", "Ayan"};
const char* const kSomaliMale[] = {"Abdi", "Hassan", "Mahad", "Abdirahman", "Omar", "Liban"};
const char* const kSomaliFamily[] = {"Mohamud", "Abdi", "Hassan", "Warsame", "Farah", "Jama"};
const char* const kCaribbeanFemale[] = {"Tiana", "Shanice", "Jade", "Keisha", "Aaliyah", "Nia"};
const char* const kCaribbeanMale[] = {"Marcus", "Tyrone", "Jermaine", "Kai", "Andre", "Malik"};
const char* const kCaribbeanFamily[] = {"Campbell", "Francis", "Grant",
                                        "Bailey",   "Gordon",  "Richards"};
const char* const kRomanianFemale[] = {"Ioana", "Elena", "Andreea", "Maria", "Ana"};
const char* const kRomanianMale[] = {"Andrei", "Mihai", "Ionuț", "Alexandru", "Ștefan"};
const char* const kRomanianFamily[] = {"Popescu", "Ionescu", "Popa", "Dumitru", "Stan"};

template <std::size_t F, std::size_t M, std::size_t N>
constexpr Heritage heritage(const char* const (&female)[F], const char* const (&male)[M],
                            const char* const (&family)[N], int weight) {
    return {female, count(female), male, count(male), family, count(family), weight};
}

} // namespace

const std::array<Heritage, 7>& heritages() {
    static const std::array<Heritage, 7> all{
        heritage(kBritishFemale, kBritishMale, kBritishFamily, 60),
        heritage(kSouthAsianFemale, kSouthAsianMale, kSouthAsianFamily, 14),
        heritage(kPolishFemale, kPolishMale, kPolishFamily, 7),
        heritage(kWestAfricanFemale, kWestAfricanMale, kWestAfricanFamily, 7),
        heritage(kSomaliFemale, kSomaliMale, kSomaliFamily, 4),
        heritage(kCaribbeanFemale, kCaribbeanMale, kCaribbeanFamily, 5),
        heritage(kRomanianFemale, kRomanianMale, kRomanianFamily, 3),
    };
    return all;
}

const std::array<Area, 4>& areas() {
    static const std::array<Area, 4> all{{
        {"Torquay", {"TQ1", "TQ2", "TQ1", "TQ2", "TQ1", "TQ2"}},
        {"Paignton", {"TQ3", "TQ4", "TQ3", "TQ4", "TQ3", "TQ4"}},
        {"London", {"W2", "W9", "NW8", "W10", "SW1V", "NW1"}},
        {"London", {"E5", "E8", "E9", "N16", "N1", "N4"}},
    }};
    return all;
}

const std::array<const char*, 24> kStreets{
    "Orchard",  "Station",  "Church",   "Victoria", "Albert", "Park",     "Queens",   "Mill",
    "Meadow",   "Harbour",  "Cliff",    "Chestnut", "Willow", "Elm",      "Belgrave", "Warwick",
    "Clarence", "Kingsley", "Lavender", "Holly",    "Marsh",  "Fernhill", "Primrose", "Ashdown"};
const std::array<const char*, 8> kStreetKinds{"Road",  "Street",  "Avenue", "Close",
                                              "Court", "Gardens", "Lane",   "Terrace"};
const std::array<const char*, 16> kProfessionalGivenNames{
    "Helen", "Priya", "Claire", "Michael", "Joanne", "Sam",  "Rebecca", "David",
    "Nadia", "Gemma", "Paul",   "Yvonne",  "Tariq",  "Ruth", "Kerry",   "Anil"};
const std::array<const char*, 16> kProfessionalFamilyNames{
    "Marsh",  "Okoro",  "Fenwick", "Bradley", "Ashworth", "Doyle",  "Kaur",    "Pearson",
    "Haddad", "Whitby", "Lomax",   "Carver",  "Iqbal",    "Sutton", "Merritt", "Varma"};

} // namespace kith::demo::names
