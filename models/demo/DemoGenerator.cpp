#include "DemoGenerator.h"

#include "advisory/AdvisoryStore.h"
#include "advisory/CweCatalog.h"
#include "core/Case.h"
#include "correspondence/CorrespondenceStore.h"
#include "correspondence/ReplyTemplates.h"
#include "cvss/CvssVector.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProductCatalogue.h"
#include "storage/TrackingIdPattern.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

// Demo scores come from the real engine, so they agree with the Scoring tab.
std::optional<double> demoScore(const QString &vector)
{
    CvssVector parsed;
    if (!parsed.parse(QStringView(vector)).ok())
        return std::nullopt;
    return parsed.score() / 10.0;
}

QString demoSeverity(double score)
{
    const auto severity = CvssRating::severity(CvssVersion::V3_1, int(std::lround(score * 10)));
    const std::string_view name = CvssRating::englishName(severity);
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// What a product is, so that reports name components and flaws that fit it.
enum Kind : unsigned { Device = 1, Cloud = 2, App = 4, Mgmt = 8, AnyKind = 15 };

struct ProductSpec
{
    const char *name;
    const char *line;
    unsigned kind;
    bool thirdParty;
    Product::Lifecycle lifecycle;
    int eolDaysAgo; // relative to "now", so the demo always has products in each phase
    int obsoleteDaysAgo;
    std::array<const char *, 3> versions;
    int weight;
    const char *component; // third-party products: the part reports are about
};

using L = Product::Lifecycle;

// The product lines of the two policies (Calix 000, Zhone 001), a few components the
// products embed, and products past end of life: enough for every scope verdict to occur.
const ProductSpec kProducts[] = {
    {"Calix Support Cloud", "Calix Cloud platform", Cloud, false, L::Active, 0, 0, {"24.3", "24.4", "25.1"},
        7, nullptr},
    {"Calix Operations Cloud", "Calix Cloud platform", Cloud, false, L::Active, 0, 0,
        {"24.2", "24.4", "25.1"}, 5, nullptr},
    {"Calix Marketing Cloud", "Calix Cloud platform", Cloud, false, L::Active, 0, 0, {"24.1", "24.3", "25.2"},
        4, nullptr},
    {"Calix CommandIQ (Android)", "Calix mobile applications", App, false, L::Active, 0, 0,
        {"4.8.2", "4.9.0", "5.0.1"}, 5, nullptr},
    {"Calix CommandIQ (iOS)", "Calix mobile applications", App, false, L::Active, 0, 0,
        {"4.8.1", "4.9.0", "5.0.0"}, 4, nullptr},
    {"Calix CommandWorx", "Calix mobile applications", App, false, L::Active, 0, 0,
        {"2.3.0", "2.4.1", "3.0.0"}, 2, nullptr},
    {"Calix GigaSpire BLAST u6", "GigaSpire and GigaCenter gateways", Device, false, L::Active, 0, 0,
        {"23.4.1.112", "24.1.0.207", "24.3.2.18"}, 10, nullptr},
    {"Calix GigaSpire BLAST u4", "GigaSpire and GigaCenter gateways", Device, false, L::Active, 0, 0,
        {"23.4.1.112", "24.1.0.207", "24.2.1.30"}, 7, nullptr},
    {"Calix GigaSpire u10xe", "GigaSpire and GigaCenter gateways", Device, false, L::Active, 0, 0,
        {"24.2.0.5", "24.3.2.18", "25.1.0.3"}, 4, nullptr},
    {"Calix GigaCenter 844E", "GigaSpire and GigaCenter gateways", Device, false, L::EndOfLife, 240, 0,
        {"12.2.12.5", "12.2.13.1", "12.2.13.9"}, 4, nullptr},
    {"Calix GigaCenter 854G", "GigaSpire and GigaCenter gateways", Device, false, L::Obsolete, 1100, 520,
        {"11.1.4.2", "11.1.6.0", "11.2.0.7"}, 2, nullptr},
    {"Calix GigaPoint 801XGS ONT", "ONTs", Device, false, L::Active, 0, 0, {"R23.2", "R24.1", "R24.3"}, 5,
        nullptr},
    {"Calix 716GE-I ONT", "ONTs", Device, false, L::EndOfLife, 150, 0, {"R12.1.8", "R12.2.3", "R12.2.5"}, 3,
        nullptr},
    {"Calix E7-2 Intelligent Access Edge", "Access edge hardware", Device | Mgmt, false, L::Active, 0, 0,
        {"R3.1.40", "R3.2.10", "R3.3.0"}, 4, nullptr},
    {"Calix E9-2 Intelligent Edge", "Access edge hardware", Device | Mgmt, false, L::Active, 0, 0,
        {"AXOS 23.3", "AXOS 24.1", "AXOS 24.2"}, 5, nullptr},
    {"Calix E5-16F", "Access edge hardware", Device | Mgmt, false, L::Obsolete, 900, 300,
        {"R2.5.1", "R2.5.3", "R2.6.0"}, 1, nullptr},
    {"Calix SMx", "SMx, DPx and CMS management software", Mgmt, false, L::Active, 0, 0,
        {"24.1", "24.2", "25.1"}, 5, nullptr},
    {"Calix DPx", "SMx, DPx and CMS management software", Mgmt, false, L::Active, 0, 0, {"3.4", "3.5", "4.0"},
        3, nullptr},
    {"Calix CMS", "SMx, DPx and CMS management software", Mgmt, false, L::EndOfLife, 420, 0,
        {"R15.1", "R15.2", "R16.0"}, 2, nullptr},
    {"Zhone MXK-F 1419 OLT", "Network Edge", Device | Mgmt, false, L::Active, 0, 0,
        {"3.4.2", "3.5.0", "3.6.1"}, 4, nullptr},
    {"Zhone Velocity V16 OLT", "Network Edge", Device | Mgmt, false, L::Active, 0, 0,
        {"2.8.1", "2.9.0", "3.0.2"}, 3, nullptr},
    {"Zhone MXK 819", "Network Edge", Device | Mgmt, false, L::Obsolete, 1400, 700,
        {"2.4.1", "2.5.1", "2.5.3"}, 2, nullptr},
    {"Zhone Helix 2426 ONT", "Connected Home", Device, false, L::Active, 0, 0, {"5.1.3", "5.2.0", "5.3.1"}, 5,
        nullptr},
    {"Zhone SmartRG SR516ac", "Connected Home", Device, false, L::EndOfLife, 60, 0,
        {"2.7.3", "2.7.5", "2.8.0"}, 3, nullptr},
    {"Zhone 6748-W1 Wi-Fi 6 gateway", "Connected Home", Device, false, L::Active, 0, 0,
        {"6.0.2", "6.1.0", "6.2.4"}, 4, nullptr},
    {"Zhone Helix 8324 Enterprise switch", "Connected Enterprise", Device | Mgmt, false, L::Active, 0, 0,
        {"1.9.0", "2.0.3", "2.1.0"}, 2, nullptr},
    {"Zhone Xperience Cloud", "AI Cloud Software", Cloud, false, L::Active, 0, 0,
        {"2024.09", "2025.02", "2025.06"}, 4, nullptr},
    {"Zhone Mosaic CloudOps", "AI Cloud Software", Cloud | Mgmt, false, L::Active, 0, 0,
        {"7.2", "7.3", "8.0"}, 3, nullptr},
    {"Zhone Xperience app", "AI Cloud Software", App, false, L::Active, 0, 0, {"3.1.0", "3.2.2", "3.4.0"}, 2,
        nullptr},
    {"OpenSSL", "Third-party components", Device, true, L::Active, 0, 0, {"1.1.1w", "3.0.13", "3.2.1"}, 2,
        "TLS record parsing"},
    {"BusyBox", "Third-party components", Device, true, L::Active, 0, 0, {"1.31.1", "1.35.0", "1.36.1"}, 2,
        "ash shell applet"},
    {"dnsmasq", "Third-party components", Device, true, L::Active, 0, 0, {"2.80", "2.86", "2.89"}, 2,
        "DNS response handling"},
    {"Linux kernel", "Third-party components", Device, true, L::Active, 0, 0,
        {"4.9.337", "5.4.268", "5.15.148"}, 1, "netfilter subsystem"},
    {"lighttpd", "Third-party components", Device, true, L::Active, 0, 0, {"1.4.55", "1.4.64", "1.4.73"}, 1,
        "HTTP range request handling"},
    {"U-Boot", "Third-party components", Device, true, L::Active, 0, 0, {"2019.07", "2021.10", "2023.04"}, 1,
        "boot environment parser"},
};

// Named in reports but not in the catalogue: intake must ask which product is meant.
const char *const kUnknownProducts[] = {"Calix home router (model not given)", "Zhone Wi-Fi extender",
    "Calix \"GigaSpire\" (unspecified)", "Zhone ONT (serial number only)"};

struct ComponentSpec
{
    const char *name;
    unsigned kinds;
    const char *endpoint;
};

const ComponentSpec kComponents[] = {
    {"web management interface", Device | Mgmt, "POST /cgi-bin/webproc"},
    {"TR-069 (CWMP) client", Device, "the ACS connection-request URL on TCP 7547"},
    {"UPnP IGD service", Device, "the SOAP action AddPortMapping on TCP 49152"},
    {"DHCP server", Device, "DHCP option 12 (host name) in a DISCOVER packet"},
    {"firmware upgrade handler", Device | Mgmt, "POST /upgrade.cgi"},
    {"diagnostics CLI", Device | Mgmt, "the `diag ping` command over SSH"},
    {"OMCI stack", Device, "an OMCI Set request for ME class 256"},
    {"Wi-Fi mesh controller", Device, "mesh onboarding messages on UDP 5353"},
    {"SNMP agent", Device | Mgmt, "SNMP SET on UDP 161"},
    {"REST API", Cloud | Mgmt, "GET /api/v2/subscribers/{id}"},
    {"single sign-on (OAuth 2.0) login", Cloud | App, "GET /oauth/authorize?redirect_uri="},
    {"subscriber support portal", Cloud, "GET /support/tickets/search?q="},
    {"report export service", Cloud | Mgmt, "GET /reports/export?file="},
    {"NETCONF interface", Mgmt, "NETCONF <edit-config> on TCP 830"},
    {"device pairing flow", App, "the QR-code pairing deep link"},
    {"push notification handler", App, "a crafted push payload"},
    {"embedded WebView bridge", App, "the JavaScript bridge of the in-app help page"},
    {"configuration backup and restore", Device | Mgmt, "POST /backup.cgi?action=restore"},
    {"remote syslog forwarder", Device | Mgmt, "the remote syslog server setting"},
    {"parental controls", Device | App, "PUT /api/parental/schedule"},
};

struct VulnClass
{
    const char *name;
    const char *cwe;
    unsigned kinds;
    const char *vector; // CVSS 3.1 base vector typical of the class
    const char *impact;
    const char *steps; // with the tokens of fill()
    int weight;
};

const VulnClass kClasses[] = {
    {"Heap-based buffer overflow", "CWE-122", Device | Mgmt, "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "A long field in the request overflows a heap buffer. The reporter crashed the service reliably "
        "and believes remote code execution as root is possible.",
        "1. Flash {product} with firmware {version} and factory-reset it.\n2. From the LAN, send {endpoint} "
        "with a 4,096-byte value "
        "(poc_heap.py attached).\n3. The {component} crashes; the serial console shows a corrupted heap "
        "chunk.\n4. "
        "Repeat with the pattern file to see controlled bytes in PC.",
        6},
    {"Stack-based buffer overflow", "CWE-121", Device, "AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "A fixed-size stack buffer is filled without a length check; the return address is overwritten.",
        "1. Connect a laptop to a LAN port of {product} ({version}).\n2. Send {endpoint} with a 600-byte "
        "value.\n3. The {component} restarts; "
        "the core dump shows PC = 0x41414141.",
        4},
    {"OS command injection", "CWE-78", Device | Mgmt | Cloud, "AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H",
        "User input reaches a shell command unescaped, so an authenticated user runs commands as root.",
        "1. Log in to {product} {version} with any user account.\n2. In the {component}, submit "
        "`127.0.0.1;id>/tmp/x` via {endpoint}.\n3. "
        "Read /tmp/x through the file viewer: uid=0(root).",
        7},
    {"Authentication bypass", "CWE-288", AnyKind, "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N",
        "An alternate path reaches protected functions of the {component} without a session.",
        "1. Without logging in, request {endpoint} on {product} {version}.\n2. Add the header "
        "`X-Forwarded-For: 127.0.0.1`.\n3. "
        "The response contains the administrator configuration.",
        6},
    {"Stored cross-site scripting", "CWE-79", Cloud | Mgmt | Device, "AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N",
        "Text saved by a low-privileged user is rendered unescaped for administrators.",
        "1. As a subscriber, set the device name to `<img src=x onerror=alert(document.domain)>`.\n2. An "
        "operator opens the {component} of {product} {version}.\n3. The script runs in the operator's "
        "session.",
        6},
    {"Reflected cross-site scripting", "CWE-79", Cloud | Mgmt, "AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N",
        "A query parameter is echoed into the page without encoding.",
        "1. On {product} {version}, call {endpoint} with a parameter value of\n   "
        "%22%3E%3Csvg/onload=alert(1)%3E\n2. The alert fires in the {component}.",
        4},
    {"Default credentials", "CWE-1392", Device | Mgmt, "AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "Every unit ships with the same administrator password, and the setup wizard does not force a "
        "change.",
        "1. Factory-reset {product} ({version}).\n2. Log in to the {component} as admin / admin.\n3. Full "
        "administrative access is "
        "granted.",
        5},
    {"Hard-coded credentials", "CWE-798", Device | App, "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "A service account with a fixed password is compiled into the {component}.",
        "1. Extract the {version} image of {product} with binwalk.\n2. `strings` on the {component} binary "
        "shows the account "
        "`support` and its password.\n3. Log in remotely with it.",
        4},
    {"Path traversal", "CWE-22", Device | Cloud | Mgmt, "AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N",
        "A file name parameter is not normalised, so files outside the intended folder can be read.",
        "1. Log in to {product} {version}.\n2. In the {component}, send {endpoint} with the file name "
        "../../../../etc/shadow.\n3. The password hashes are returned.",
        5},
    {"SQL injection", "CWE-89", Cloud | Mgmt, "AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:N",
        "A search parameter is concatenated into an SQL statement.",
        "1. Log in to {product} {version} as a read-only user.\n2. Call {endpoint} with `' OR '1'='1' "
        "--`.\n3. The {component} returns every "
        "tenant's records.",
        4},
    {"Cross-site request forgery", "CWE-352", Device | Mgmt, "AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:H/A:N",
        "State-changing requests of the {component} carry no anti-CSRF token.",
        "1. Log in to {product} {version} in one tab.\n2. Open the attached csrf.html in another tab.\n3. "
        "The DNS servers "
        "are changed to the attacker's.",
        3},
    {"Server-side request forgery", "CWE-918", Cloud, "AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:N/A:N",
        "A URL supplied by the user is fetched by the server, reaching internal services.",
        "1. In the {component} of {product} {version}, set the webhook URL to "
        "http://169.254.169.254/latest/meta-data/.\n2. Trigger "
        "a test delivery.\n3. Instance metadata appears in the delivery log.",
        3},
    {"Insecure direct object reference", "CWE-639", Cloud | App, "AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:L/A:N",
        "Object ids in {endpoint} are not checked against the caller's tenant.",
        "1. Log in to {product} {version} as subscriber A.\n2. Call {endpoint} with the id of subscriber "
        "B.\n3. B's Wi-Fi "
        "passwords and location are returned.",
        5},
    {"Denial of service by resource exhaustion", "CWE-400", Device | Mgmt | Cloud,
        "AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H",
        "Unbounded allocation per request lets a remote sender exhaust memory; the device reboots.",
        "1. Run `python3 flood.py --target <{product} WAN address>` (attached) against {endpoint}.\n2. After "
        "about 30 "
        "seconds {product} {version} stops forwarding and reboots.",
        5},
    {"Missing firmware signature verification", "CWE-347", Device, "AV:N/AC:H/PR:H/UI:N/S:U/C:H/I:H/A:H",
        "The upgrade path accepts images that are not signed by the vendor.",
        "1. Unpack firmware {version} for {product}, add a file, repack it.\n2. Upload it through the "
        "{component}.\n3. The modified "
        "image boots.",
        3},
    {"Improper certificate validation", "CWE-295", App | Device, "AV:A/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N",
        "The TLS client accepts any certificate, so a network attacker can read and change traffic.",
        "1. Route {product} {version} through mitmproxy with a self-signed certificate.\n2. Use the "
        "{component}.\n3. Credentials "
        "and tokens appear in clear in the proxy.",
        4},
    {"Cleartext transmission of credentials", "CWE-319", Device | App, "AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N",
        "Credentials are sent over plain HTTP or telnet.",
        "1. Capture traffic of {product} {version} with Wireshark.\n2. Use the {component}.\n3. The password "
        "is visible in the "
        "capture (attached pcap).",
        3},
    {"Sensitive information in log files", "CWE-532", AnyKind, "AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N",
        "Session tokens and Wi-Fi passphrases are written to logs that support bundles include.",
        "1. Enable debug logging on {product} {version}.\n2. Use the {component}.\n3. Export the support "
        "bundle: tokens are in "
        "messages.log.",
        3},
    {"Open redirect", "CWE-601", Cloud, "AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N",
        "A redirect target is taken from the request without checking it against an allow-list.",
        "1. On {product} {version}, send {endpoint} with the return address https://attacker.example/.\n"
        "2. After login the browser lands on the attacker's page.",
        2},
    {"Use after free", "CWE-416", Device, "AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "A connection object is freed on an error path and used again by the {component}.",
        "1. Open two sessions to {endpoint} on {product} {version}.\n2. Close the first during the handshake "
        "(race.py attached).\n"
        "3. About one try in fifty crashes the daemon with a freed pointer.",
        2},
    {"Deserialization of untrusted data", "CWE-502", Cloud | Mgmt, "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "A serialized object from the client is deserialized without type restrictions.",
        "1. Generate a gadget chain with ysoserial.\n2. Send it to {endpoint} of {product} {version}.\n3. "
        "The command runs on the "
        "server.",
        2},
    {"Exposed debug interface", "CWE-489", Device, "AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "A telnet debug shell left enabled in production firmware listens on the LAN.",
        "1. `nmap -p- <{product} LAN address>` shows TCP 23 open on firmware {version}.\n2. `telnet` gives a "
        "root shell "
        "without a password.",
        3},
};

struct Person
{
    const char *name; // empty: anonymous
    const char *email;
    const char *organisation;
};

// A reporter's answer to a request for more information.
const char kMoreInfo[]
    = "Hello,\n\n"
      "> we need more information\n\n"
      "the device runs the factory configuration with the web interface enabled on the LAN "
      "side. I attached the full request and a capture of the exchange to my first message; "
      "it reproduces on every attempt after a reboot.\n\n"
      "Best regards";

// Reporters from many places and scripts; e-mail domains are the reserved example ones.
const Person kReporters[] = {
    {"Ada Okafor", "ada.okafor@example.org", "Northwind Security Labs"},
    {"Lukas Schneider", "l.schneider@uni-musterstadt.example", "Universität Musterstadt, IT-Sicherheit"},
    {"María José Fernández", "mjfernandez@example.com", ""},
    {"Søren Nielsen", "soren@nielsen.example", "Fabrikam Offensive Research"},
    {"Aoife Ní Bhriain", "aoife.nibhriain@example.net", ""},
    {"Jean-Baptiste Lefèvre", "jb.lefevre@example.fr", "Contoso Red Team"},
    {"Zofia Wiśniewska", "zofia.w@example.pl", ""},
    {"Дмитрий Волков", "d.volkov@example.ru", ""},
    {"Олена Коваленко", "olena.kovalenko@example.net", "Tailspin Security"},
    {"Γιώργος Παπαδόπουλος", "g.papadopoulos@example.gr", ""},
    {"محمد الحسيني", "m.alhusseini@example.com", "Gulf Cyber Research"},
    {"فاطمة الزهراء", "fatima.z@example.org", ""},
    {"יעל כהן", "yael.cohen@example.co.il", "Wingtip Vulnerability Research"},
    {"张伟", "zhang.wei@example.cn", "Blue Lotus Lab"},
    {"李娜", "li.na@example.cn", ""},
    {"田中 健太", "kenta.tanaka@example.jp", ""},
    {"佐藤 美咲", "misaki.sato@example.jp", "Adventure Works Security"},
    {"김지훈", "jihoon.kim@example.kr", ""},
    {"박서연", "seoyeon.park@example.kr", "Seoul Embedded Security Group"},
    {"Nguyễn Thị Lan", "lan.nguyen@example.vn", ""},
    {"Trần Văn Minh", "minh.tran@example.vn", "Fourth Coffee Pentest"},
    {"अमित शर्मा", "amit.sharma@example.in", ""},
    {"प्रिया पटेल", "priya.patel@example.in", "Litware Security"},
    {"Rahul Iyer", "rahul.iyer@example.com", ""},
    {"Chinedu Eze", "chinedu.eze@example.ng", ""},
    {"Kwame Mensah", "kwame@mensah.example", "Accra Hackerspace"},
    {"Amara Diallo", "amara.diallo@example.sn", ""},
    {"Thabo Mokoena", "thabo.mokoena@example.za", "Proseware Labs"},
    {"Lucas Oliveira", "lucas.oliveira@example.com.br", ""},
    {"Camila Rojas", "camila.rojas@example.cl", "Universidad de Ejemplo"},
    {"Emily Johnson", "emily.j@example.com", "Woodgrove Bank Red Team"},
    {"Noah Williams", "noah@williams.example", ""},
    {"Aroha Ngata", "aroha.ngata@example.nz", ""},
    {"Ayşe Yılmaz", "ayse.yilmaz@example.com.tr", "Istanbul Security Research"},
    {"ธนพล ศรีสุข", "thanapol.s@example.th", ""},
    {"", "anon-4821@relay.example", ""},
    {"", "0xdeadbeef@mail.example", ""},
    {"Security Researcher", "bugs@researcher.example", ""},
};

const Person kPartners[] = {
    {"Vulnerability coordination", "cert@cert.example", "CERT/CC"},
    {"Hiroshi Yamamoto", "vuls@jpcert.example", "JPCERT/CC"},
    {"Anna Keller", "cert-bund@bsi.example", "CERT-Bund (BSI)"},
    {"이수진", "vuln@krcert.example", "KrCERT/CC"},
    {"Coordination desk", "cvd@ncsc.example", "NCSC-NL"},
    {"Network Operations", "noc@ruralbroadband.example", "Rural Broadband Co-op (customer)"},
};

const Person kInternal[] = {
    {"Product Security Testing", "pst@vendor.example", "Internal — Product Security Testing"},
    {"Firmware QA", "fw-qa@vendor.example", "Internal — Firmware QA"},
};

const char *const kAnalysts[]
    = {"Priya Raman", "Jonas Weber", "Mei Chen", "Tunde Bakare", "Lucía Herrera", "Kenji Mori"};

const char *const kContexts[] = {
    "Found while fuzzing the firmware image from the public download site.",
    "Found during a penetration test for one of your service-provider customers.",
    "Noticed while reviewing network traffic in a home lab.",
    "Found in a source review of the GPL tarball.",
    "Found during a university course project on embedded security.",
    "Found by our automated scanner and confirmed by hand.",
    "Reported to us by a subscriber who noticed odd behaviour; we reproduced it.",
};

const char *const kClosings[] = {
    "Tested only on {version}; older versions are probably affected too.",
    "I plan to present this at a conference in about 90 days and would like to agree on a disclosure date.",
    "Please credit me in the advisory.",
    "I do not want to be named publicly.",
    "Happy to test a fix before release.",
    "My proposed CVSS vector is in the attachment.",
};

// Some reports arrive in the reporter's language; intake adds a translation.
const char *const kForeign[] = {
    "Original report in Japanese: ヒープオーバーフローを発見しました。詳細は添付ファイルをご覧ください。",
    "Original report in German: Wir haben eine Schwachstelle gefunden; Details im Anhang.",
    "Original report in Spanish: Encontramos una vulnerabilidad; los detalles están adjuntos.",
    "Original report in Korean: 취약점을 발견했습니다. 자세한 내용은 첨부 파일을 참조하세요.",
    "Original report in Chinese: 我们发现了一个安全漏洞，详情见附件。",
    "Original report in Russian: Мы обнаружили уязвимость, подробности во вложении.",
};

// Spam reaches a PSIRT inbox too, sometimes with markup or bidi tricks in it.
const char *const kSpamTitles[] = {
    "Bug bounty request – please confirm payment first",
    "Your website is missing an SPF record!!!",
    "URGENT critical vulnerability, contact me on Telegram",
    "Clickjacking on marketing page (bounty?)",
    "<script>alert('xss')</script> found on your contact form",
    "Invoice for security audit \u202Efdp.exe",
    "Collaboration proposal: SEO backlinks",
};

const char *const kNeedsInfoReasons[] = {
    "Asked the reporter for the exact firmware version and model.",
    "Asked for a packet capture and the proof-of-concept script.",
    "Cannot reproduce from the description; asked for the device configuration.",
    "Asked which account role was used.",
};

struct Tables
{
    QList<Product> products;
    QList<int> productWeights;
    QStringList analysts;
};

int weighted(QRandomGenerator &rng, const QList<int> &weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int x = int(rng.bounded(total));
    for (qsizetype i = 0; i < weights.size(); ++i) {
        x -= weights.at(i);
        if (x < 0)
            return int(i);
    }
    return int(weights.size() - 1);
}

qint64 between(QRandomGenerator &rng, qint64 lo, qint64 hi)
{
    return hi <= lo ? lo : lo + qint64(rng.generateDouble() * double(hi - lo));
}

template<typename T, size_t N>
int countOf(const T (&)[N])
{
    return int(N);
}

// The outcome a case is headed for; where it stands "now" depends on its age.
enum class Outcome {
    SpamEarly,
    OutOfScopeEarly,
    InformativeEarly,
    DuplicateEarly,
    OutOfScopeAfterTriage,
    NotReproducible,
    InformativeAfterTriage,
    DuplicateAfterTriage,
    DisclosedAndClosed,
    ClosedWithoutAdvisory,
    StaysInRemediation,
    StaysConfirmed,
    StaysDisclosed,
    StaysResolved,
    StaysWaitingOnReporter,
};

struct Step
{
    CaseStatus to;
    qint64 at;
};

// Everything about a case that depends on other cases (tracking-id order, duplicate
// targets) or on the timeline, decided before any text is written.
struct Plan
{
    qint64 received = 0;
    int product = -1; // index into the catalogue, or -1 - index into kUnknownProducts
    int vclass = 0;
    int component = 0;
    int version = 0;
    Outcome outcome = Outcome::DisclosedAndClosed;
    IntakeChannel channel = IntakeChannel::Email;
    QList<Step> steps;
    std::optional<CaseStatus> pausedFrom;
    qint64 needsInfoAt = 0;
    qint64 ackAt = 0;
    int owner = -1;
    qint64 ownerAt = 0;
    int reassignedTo = -1;
    qint64 reassignedAt = 0;
    qint64 scoredAt = 0;
    qint64 duplicateOf = 0;
    qint64 trackingNumber = 0;
};

bool isDuplicateOutcome(Outcome o)
{
    return o == Outcome::DuplicateEarly || o == Outcome::DuplicateAfterTriage;
}

Tables makeTables(const QDate &today)
{
    Tables t;
    for (const ProductSpec &spec : kProducts) {
        Product p;
        p.name = u8(spec.name);
        p.productLine = u8(spec.line);
        p.thirdParty = spec.thirdParty;
        p.lifecycle = spec.lifecycle;
        if (spec.lifecycle != L::Active)
            p.endOfLife = today.addDays(-spec.eolDaysAgo);
        if (spec.lifecycle == L::Obsolete)
            p.obsolete = today.addDays(-spec.obsoleteDaysAgo);
        t.products.append(p);
        t.productWeights.append(spec.weight);
    }
    for (const char *a : kAnalysts)
        t.analysts.append(u8(a));
    return t;
}

// Picks a component that fits the product's kind.
int pickComponent(QRandomGenerator &rng, unsigned kind)
{
    QList<int> fitting;
    for (int i = 0; i < countOf(kComponents); ++i) {
        if (kComponents[i].kinds & kind)
            fitting.append(i);
    }
    return fitting.at(int(rng.bounded(int(fitting.size()))));
}

int pickClass(QRandomGenerator &rng, unsigned kind)
{
    QList<int> ids;
    QList<int> weights;
    for (int i = 0; i < countOf(kClasses); ++i) {
        if (kClasses[i].kinds & kind) {
            ids.append(i);
            weights.append(kClasses[i].weight);
        }
    }
    return ids.at(weighted(rng, weights));
}

unsigned kindOf(int product)
{
    return product >= 0 ? kProducts[product].kind : unsigned(Device);
}

Outcome pickOutcome(QRandomGenerator &rng, int product, const QDate &today)
{
    // Weights in outcome order; third-party and unsupported products end out of scope more.
    QList<int> w {4, 3, 2, 3, 3, 6, 4, 6, 32, 22, 4, 2, 2, 2, 3};
    const bool thirdParty = product >= 0 && kProducts[product].thirdParty;
    const bool unknown = product < 0;
    bool unsupported = false;
    if (product >= 0 && kProducts[product].lifecycle != L::Active) {
        const int days = kProducts[product].lifecycle == L::Obsolete ? kProducts[product].obsoleteDaysAgo
                                                                     : kProducts[product].eolDaysAgo;
        unsupported = today.addDays(-days).addYears(1) < today;
    }
    if (thirdParty || unsupported) {
        w[int(Outcome::OutOfScopeEarly)] = 30;
        w[int(Outcome::OutOfScopeAfterTriage)] = 15;
    }
    if (unknown)
        w[int(Outcome::InformativeEarly)] = 10;
    return Outcome(weighted(rng, w));
}

// Walks the workflow towards the planned outcome; stops at the first step that would lie
// after "now", which is what leaves young cases open and old ones closed.
void planTimeline(QRandomGenerator &rng, Plan &p, qint64 now, int analystCount)
{
    using S = CaseStatus;
    qint64 t = p.received + between(rng, 5 * kMinute, 2 * kHour); // entered at intake
    p.steps.clear();
    const auto step = [&](S to, qint64 minDelay, qint64 maxDelay) {
        const qint64 at = t + between(rng, minDelay, maxDelay);
        if (at > now)
            return false;
        t = at;
        p.steps.append(Step {to, at});
        return true;
    };
    // A pause waiting on the reporter; false when the reporter has not answered by now.
    const auto maybeNeedsInfo = [&](S from) {
        if (rng.generateDouble() >= 0.12 && p.outcome != Outcome::StaysWaitingOnReporter)
            return true;
        if (!step(S::NeedsMoreInfo, 4 * kHour, 3 * kDay))
            return false;
        p.needsInfoAt = t;
        if (p.outcome == Outcome::StaysWaitingOnReporter || !step(from, 2 * kDay, 25 * kDay)) {
            p.pausedFrom = from;
            return false;
        }
        return true;
    };
    const Outcome o = p.outcome;
    switch (o) {
    case Outcome::SpamEarly:
        step(S::Spam, 10 * kMinute, 2 * kDay);
        return;
    case Outcome::OutOfScopeEarly:
        step(S::OutOfScope, 2 * kHour, 5 * kDay);
        return;
    case Outcome::InformativeEarly:
        step(S::Informative, 2 * kHour, 5 * kDay);
        return;
    case Outcome::DuplicateEarly:
        step(S::Duplicate, 1 * kHour, 4 * kDay);
        return;
    default:
        break;
    }
    // A few acknowledgements miss the five-business-day target.
    const qint64 ackMax = rng.generateDouble() < 0.06 ? 12 * kDay : 6 * kDay;
    if (!step(S::Acknowledged, 1 * kHour, ackMax))
        return;
    p.ackAt = t;
    if (rng.generateDouble() < 0.85) {
        p.owner = int(rng.bounded(analystCount));
        p.ownerAt = t;
    }
    if (!maybeNeedsInfo(S::Acknowledged))
        return;
    if (!step(S::Triage, 4 * kHour, 8 * kDay))
        return;
    if (p.owner < 0 && rng.generateDouble() < 0.7) {
        p.owner = int(rng.bounded(analystCount));
        p.ownerAt = t;
    }
    const bool scores = o != Outcome::OutOfScopeAfterTriage && o != Outcome::NotReproducible
        && o != Outcome::InformativeAfterTriage && o != Outcome::DuplicateAfterTriage;
    if (scores) {
        const qint64 at = t + between(rng, 2 * kHour, 3 * kDay);
        if (at <= now)
            p.scoredAt = at;
    }
    if (!maybeNeedsInfo(S::Triage))
        return;
    switch (o) {
    case Outcome::OutOfScopeAfterTriage:
        step(S::OutOfScope, 1 * kDay, 12 * kDay);
        return;
    case Outcome::NotReproducible:
        step(S::NotReproducible, 3 * kDay, 20 * kDay);
        return;
    case Outcome::InformativeAfterTriage:
        step(S::Informative, 1 * kDay, 15 * kDay);
        return;
    case Outcome::DuplicateAfterTriage:
        step(S::Duplicate, 1 * kDay, 10 * kDay);
        return;
    default:
        break;
    }
    // Confirmed lies after scoring, so every confirmed case carries a score.
    if (p.scoredAt == 0)
        return;
    t = std::max(t, p.scoredAt);
    if (!step(S::Confirmed, 1 * kHour, 12 * kDay))
        return;
    if (p.owner >= 0 && rng.generateDouble() < 0.06) {
        p.reassignedTo = int((p.owner + 1 + int(rng.bounded(analystCount - 1))) % analystCount);
        p.reassignedAt = t + between(rng, 1 * kHour, 2 * kDay);
        if (p.reassignedAt > now)
            p.reassignedTo = -1;
    }
    if (o == Outcome::StaysConfirmed || !step(S::Remediation, 1 * kDay, 7 * kDay))
        return;
    if (p.reassignedTo >= 0)
        t = std::max(t, p.reassignedAt);
    if (o == Outcome::StaysInRemediation || !step(S::Resolved, 10 * kDay, 110 * kDay))
        return;
    if (o == Outcome::StaysResolved)
        return;
    if (o == Outcome::ClosedWithoutAdvisory) {
        step(S::Closed, 2 * kDay, 21 * kDay);
        return;
    }
    if (!step(S::Disclosed, 1 * kDay, 30 * kDay) || o == Outcome::StaysDisclosed)
        return;
    step(S::Closed, 1 * kDay, 14 * kDay);
}

QString vectorFor(QRandomGenerator &rng, int vclass)
{
    QStringList metrics = u8(kClasses[vclass].vector).split(u'/');
    // One metric in three cases differs from the class's typical vector: the same flaw is
    // worse or milder depending on where it sits.
    if (rng.generateDouble() < 0.35) {
        const int which = int(rng.bounded(int(metrics.size())));
        QString &m = metrics[which];
        const QString key = m.section(u':', 0, 0);
        static const QHash<QString, QStringList> values {
            {QStringLiteral("AV"), {QStringLiteral("N"), QStringLiteral("A"), QStringLiteral("L")}},
            {QStringLiteral("AC"), {QStringLiteral("L"), QStringLiteral("H")}},
            {QStringLiteral("PR"), {QStringLiteral("N"), QStringLiteral("L"), QStringLiteral("H")}},
            {QStringLiteral("UI"), {QStringLiteral("N"), QStringLiteral("R")}},
            {QStringLiteral("S"), {QStringLiteral("U"), QStringLiteral("C")}},
            {QStringLiteral("C"), {QStringLiteral("H"), QStringLiteral("L")}},
            {QStringLiteral("I"), {QStringLiteral("H"), QStringLiteral("L"), QStringLiteral("N")}},
            {QStringLiteral("A"), {QStringLiteral("H"), QStringLiteral("L"), QStringLiteral("N")}},
        };
        const QStringList options = values.value(key);
        if (!options.isEmpty())
            m = key + u':' + options.at(int(rng.bounded(int(options.size()))));
    }
    return QStringLiteral("CVSS:3.1/") + metrics.join(u'/');
}

// Not QString::arg(): the templates hold URL escapes such as %22 that arg() would take
// for placeholders.
QString fill(const char *text, const QString &product, const QString &version, const QString &component,
    const QString &endpoint)
{
    QString out = u8(text);
    out.replace(QStringLiteral("{product}"), product);
    out.replace(QStringLiteral("{version}"), version);
    out.replace(QStringLiteral("{component}"), component);
    out.replace(QStringLiteral("{endpoint}"), endpoint);
    return out;
}

qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

QDateTime utc(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::UTC);
}

// Writes the texts and audit trail of one planned case.
class CaseWriter final
{
public:
    CaseWriter(const Tables &tables, const QList<Plan> &plans, const TrackingIdPattern &pattern, quint32 seed)
        : m_tables(tables)
        , m_plans(plans)
        , m_pattern(pattern)
        , m_rng(seed ^ 0x5bd1e995u)
        , m_mailRng(seed ^ 0x27d4eb2fu)
    { }

    /// The correspondence of the cases written so far; CorrespondenceStore::importMessages
    /// stores it (the audit trails already hold its entries).
    QList<CorrespondenceMessage> takeMail() { return std::exchange(m_mail, {}); }
    /// The advisory data of the cases written so far (their trails hold the audit entries).
    QList<AdvisoryStore::Imported> takeAdvisories() { return std::exchange(m_advisories, {}); }

    void write(int index, Case *c, QList<AuditEntry> *trail)
    {
        const Plan &p = m_plans.at(index);
        c->id = index + 1;
        c->receivedAt = utc(p.received);
        c->channel = p.channel;
        writeProduct(p, c);
        writeReporter(p, c);
        writeText(p, c);
        writeHistory(p, c, trail);
    }

private:
    QString analyst(int i) const { return m_tables.analysts.at(i); }
    QString anyAnalyst() { return analyst(int(m_rng.bounded(int(m_tables.analysts.size())))); }

    void writeProduct(const Plan &p, Case *c)
    {
        // Intake requires a product and version; what spam and vague reports get is what
        // an analyst would type.
        if (p.outcome == Outcome::SpamEarly) {
            c->product = QStringLiteral("(not stated)");
            c->productVersion = QStringLiteral("(not stated)");
            return;
        }
        if (p.product >= 0) {
            c->product = m_tables.products.at(p.product).name;
            c->productVersion = u8(kProducts[p.product].versions.at(size_t(p.version)));
        } else {
            c->product = u8(kUnknownProducts[-1 - p.product]);
            c->productVersion
                = m_rng.generateDouble() < 0.5 ? QStringLiteral("(not stated)") : QStringLiteral("latest");
        }
    }

    void writeReporter(const Plan &p, Case *c)
    {
        const Person *person = nullptr;
        if (p.channel == IntakeChannel::Partner) {
            person = &kPartners[m_rng.bounded(countOf(kPartners))];
        } else if (p.channel == IntakeChannel::Internal) {
            person = &kInternal[m_rng.bounded(countOf(kInternal))];
        } else if (p.outcome == Outcome::SpamEarly) {
            c->reporterEmail = QStringLiteral("bounty.hunter%1@mail.example").arg(m_rng.bounded(9000) + 1000);
            return;
        } else {
            // A few prolific reporters send most reports.
            const double u = m_rng.generateDouble();
            person = &kReporters[int(u * u * countOf(kReporters))];
        }
        c->reporterName = u8(person->name);
        c->reporterEmail = u8(person->email);
        c->reporterOrganisation = u8(person->organisation);
        const bool anonymous = c->reporterName.isEmpty();
        c->consentCredit = !anonymous && m_rng.generateDouble() < 0.65;
        c->consentShareIdentity = !anonymous && m_rng.generateDouble() < 0.3;
    }

    void writeText(const Plan &p, Case *c)
    {
        if (p.outcome == Outcome::SpamEarly) {
            c->title = u8(kSpamTitles[m_rng.bounded(countOf(kSpamTitles))]);
            c->description = QStringLiteral(
                "Dear Security Team,\n\nI found a critical vulnerability on your website. Tell me the bounty "
                "amount before I share details.\n\nRegards");
            return;
        }
        const VulnClass &vc = kClasses[p.vclass];
        const QString component = p.product >= 0 && kProducts[p.product].component
            ? u8(kProducts[p.product].component)
            : u8(kComponents[p.component].name);
        const QString endpoint = u8(kComponents[p.component].endpoint);
        const QString cls = u8(vc.name);
        const QString productAndVersion = QString(c->product + u' ' + c->productVersion).trimmed();
        switch (m_rng.bounded(4)) {
        case 0:
            c->title = QStringLiteral("%1 in the %2 of %3").arg(cls, component, c->product);
            break;
        case 1:
            c->title = QStringLiteral("%1: %2 in %3").arg(productAndVersion, cls.toLower(), component);
            break;
        case 2:
            c->title = QStringLiteral("%1 (%2) – %3 %4").arg(cls, u8(vc.cwe), c->product, component);
            break;
        default:
            // Policy 001 asks for this subject prefix on e-mailed reports.
            c->title = QStringLiteral("PSIRT Case: %1 – %2").arg(productAndVersion, cls.toLower());
            break;
        }
        QString description = QStringLiteral("%1 (%2) in the %3 of %4.\n\n")
                                  .arg(cls, u8(vc.cwe), component, productAndVersion);
        description += fill(vc.impact, c->product, c->productVersion, component, endpoint);
        description += u'\n' + u8(kContexts[m_rng.bounded(countOf(kContexts))]);
        if (m_rng.generateDouble() < 0.5)
            description += u'\n'
                + fill(kClosings[m_rng.bounded(countOf(kClosings))], c->product, c->productVersion, component,
                    endpoint);
        if (m_rng.generateDouble() < 0.04)
            description += QStringLiteral("\n\n") + u8(kForeign[m_rng.bounded(countOf(kForeign))]);
        c->description = description;
        c->stepsToReproduce = fill(vc.steps, c->product, c->productVersion, component, endpoint);
    }

    struct MailThread
    {
        qint64 caseId = 0;
        bool encrypted = false;
        int count = 0;
        QByteArray firstId;
    };

    QByteArray nextMessageId(MailThread &thread, const char *domain)
    {
        return "demo-" + QByteArray::number(thread.caseId) + '-' + QByteArray::number(++thread.count) + '@'
            + domain;
    }

    void record(CorrespondenceMessage m, const QString &analyst, QList<AuditEntry> *trail)
    {
        add(trail, ms(m.recordedAt), analyst, QStringLiteral("correspondence"), {},
            CorrespondenceStore::auditText(m));
        m.recordedBy = analyst;
        m_mail.append(std::move(m));
    }

    void incoming(MailThread &thread, const Case &c, qint64 sent, qint64 recorded, const QString &analyst,
        const QString &subject, const QString &body, QList<AuditEntry> *trail)
    {
        CorrespondenceMessage m;
        m.caseId = c.id;
        m.direction = MessageDirection::Incoming;
        m.date = utc(sent);
        m.from = c.reporterName.isEmpty() ? c.reporterEmail
                                          : QStringLiteral("%1 <%2>").arg(c.reporterName, c.reporterEmail);
        m.to = QStringLiteral("PSIRT <psirt@example.com>");
        m.subject = subject;
        m.messageId = nextMessageId(thread, "researcher.example");
        if (thread.firstId.isEmpty()) {
            thread.firstId = m.messageId;
        } else {
            m.inReplyTo = thread.firstId;
            m.references = {thread.firstId};
        }
        m.body = body;
        if (thread.encrypted) {
            m.encryption = MessageEncryption::Encrypted;
            m.signature
                = m_mailRng.generateDouble() < 0.8 ? SignatureState::Valid : SignatureState::UnknownKey;
        }
        m.recordedAt = utc(recorded);
        record(std::move(m), analyst, trail);
    }

    void outgoing(MailThread &thread, const Case &c, const QString &templateId, qint64 at,
        const QString &analyst, QList<AuditEntry> *trail)
    {
        ReplyContext context;
        context.c = c;
        context.teamName = QStringLiteral("Product Security Team");
        if (templateId == u"acknowledgement") {
            // Policy 000's promise: an initial assessment within 15 business days and at
            // least 90 days of embargo from the report (holidays left out of demo mail).
            QDate assess = utc(at).date();
            for (int days = 0; days < 15;) {
                assess = assess.addDays(1);
                days += assess.dayOfWeek() < 6 ? 1 : 0;
            }
            context.deadlines = {{QStringLiteral("assess"), QStringLiteral("Initial assessment"),
                                     QDateTime(assess, QTime(23, 59), QTimeZone::UTC)},
                {QStringLiteral("embargo"), QStringLiteral("Embargo ends"), c.receivedAt.addDays(90)}};
        }
        const ReplyTemplate reply = ReplyTemplates::defaultTemplate(templateId);
        CorrespondenceMessage m;
        m.caseId = c.id;
        m.direction = MessageDirection::Outgoing;
        m.date = utc(at);
        m.from = QStringLiteral("PSIRT <psirt@example.com>");
        m.to = c.reporterEmail;
        m.subject = ReplyTemplates::fillSubject(reply.subject, context);
        m.messageId = nextMessageId(thread, "psirt.example.com");
        m.inReplyTo = thread.firstId;
        m.references = {thread.firstId};
        m.body = ReplyTemplates::fill(reply.body, context);
        m.encryption = thread.encrypted ? MessageEncryption::Encrypted : MessageEncryption::None;
        m.signature = SignatureState::Valid;
        m.templateName = templateId;
        m.sentAt = utc(at);
        m.recordedAt = utc(at);
        record(std::move(m), analyst, trail);
    }

    void add(QList<AuditEntry> *trail, qint64 at, const QString &actor, const QString &field,
        const QString &oldValue, const QString &newValue)
    {
        AuditEntry e;
        e.at = utc(at);
        e.actor = actor;
        e.field = field;
        e.oldValue = oldValue;
        e.newValue = newValue;
        trail->append(std::move(e));
    }

    void writeHistory(const Plan &p, Case *c, QList<AuditEntry> *trail)
    {
        trail->clear();
        const qint64 created = p.received + between(m_rng, 1 * kMinute, 5 * kMinute);
        c->createdAt = utc(created);
        const QString creator = anyAnalyst();
        add(trail, created, creator, QStringLiteral("created"), {}, c->title);
        // Reports that came by e-mail have their thread: the report itself, the replies the
        // policy promises, and the reporter's answers.
        const bool byMail = (p.channel == IntakeChannel::Email || p.channel == IntakeChannel::EncryptedEmail)
            && p.outcome != Outcome::SpamEarly && !c->reporterEmail.isEmpty();
        MailThread thread {c->id, p.channel == IntakeChannel::EncryptedEmail, 0, {}};
        if (byMail)
            incoming(thread, *c, p.received, created, creator, c->title, c->description, trail);
        QString owner = p.owner >= 0 ? analyst(p.owner) : QString();
        QList<qint64> touches; // one row-version bump per transaction
        CaseStatus status = CaseStatus::New;
        bool scored = false;
        const auto actor = [&]() { return owner.isEmpty() ? anyAnalyst() : owner; };
        const auto score = [&]() {
            if (scored || p.scoredAt == 0)
                return;
            scored = true;
            QString vector = vectorFor(m_rng, p.vclass);
            double value = demoScore(vector).value_or(0.0);
            if (value <= 0.0) {
                // The variation removed every impact; a report without impact is no case.
                vector = QStringLiteral("CVSS:3.1/") + u8(kClasses[p.vclass].vector);
                value = demoScore(vector).value_or(5.0);
            }
            // Some teams record only a score, e.g. for cases scored before they used vectors.
            if (m_rng.generateDouble() >= 0.12)
                c->cvssVector = vector;
            c->cvssScore = value;
            c->severity = demoSeverity(value);
            const QString who = actor();
            if (!c->cvssVector.isEmpty())
                add(trail, p.scoredAt, who, QStringLiteral("cvss_vector"), {}, c->cvssVector);
            add(trail, p.scoredAt, who, QStringLiteral("cvss_score"), {}, QString::number(value, 'f', 1));
            add(trail, p.scoredAt, who, QStringLiteral("severity"), {}, c->severity);
            touches.append(p.scoredAt);
        };
        const auto reassign = [&]() {
            if (p.reassignedTo < 0 || owner == analyst(p.reassignedTo))
                return;
            add(trail, p.reassignedAt, owner, QStringLiteral("owner"), owner, analyst(p.reassignedTo));
            owner = analyst(p.reassignedTo);
            touches.append(p.reassignedAt);
        };
        for (const Step &s : p.steps) {
            // Scoring and a change of owner between two status changes, in time order.
            if (p.reassignedAt <= s.at && p.reassignedAt < p.scoredAt)
                reassign();
            if (p.scoredAt && p.scoredAt <= s.at)
                score();
            if (p.reassignedAt <= s.at)
                reassign();
            const QString who = s.to == CaseStatus::Acknowledged && owner.isEmpty() ? anyAnalyst() : actor();
            if (byMail && status == CaseStatus::NeedsMoreInfo)
                incoming(thread, *c, s.at - between(m_mailRng, kMinute, 6 * kHour), s.at, who,
                    QStringLiteral("Re: PSIRT Case %1").arg(c->trackingId), QString::fromUtf8(kMoreInfo),
                    trail);
            add(trail, s.at, who, QStringLiteral("status"), CaseStatuses::id(status), CaseStatuses::id(s.to));
            if (s.to == CaseStatus::NeedsMoreInfo)
                add(trail, s.at, who, QStringLiteral("reason"), {},
                    u8(kNeedsInfoReasons[m_rng.bounded(countOf(kNeedsInfoReasons))]));
            if (s.to == CaseStatus::Acknowledged && c->trackingId.isEmpty()) {
                const QDateTime ack = utc(s.at);
                c->trackingId = m_pattern.format(ack.date(), p.trackingNumber);
                c->acknowledgedAt = ack;
                add(trail, s.at, who, QStringLiteral("tracking_id"), {}, c->trackingId);
            }
            if (s.to == CaseStatus::Duplicate) {
                c->duplicateOf = p.duplicateOf;
                add(trail, s.at, who, QStringLiteral("duplicate_of"), {}, QString::number(p.duplicateOf));
            }
            if (byMail && s.to == CaseStatus::Acknowledged && !c->trackingId.isEmpty()
                && status == CaseStatus::New)
                outgoing(thread, *c, QStringLiteral("acknowledgement"), s.at, who, trail);
            else if (byMail && s.to == CaseStatus::NeedsMoreInfo && !c->trackingId.isEmpty())
                outgoing(thread, *c, QStringLiteral("request-info"), s.at, who, trail);
            else if (byMail && s.to == CaseStatus::Disclosed && !c->trackingId.isEmpty())
                outgoing(thread, *c, QStringLiteral("advisory-published"), s.at, who, trail);
            touches.append(s.at);
            if (p.ownerAt == s.at && p.owner >= 0)
                add(trail, s.at, who, QStringLiteral("owner"), {}, analyst(p.owner));
            status = s.to;
        }
        // Whatever happened after the last status change, in time order.
        if (p.reassignedTo >= 0 && p.reassignedAt < p.scoredAt)
            reassign();
        score();
        reassign();
        c->status = status;
        c->pausedFrom = status == CaseStatus::NeedsMoreInfo ? p.pausedFrom : std::nullopt;
        c->owner = owner;
        c->rowVersion = 1 + int(touches.size());
        c->updatedAt = utc(std::max(
            created, touches.isEmpty() ? created : *std::max_element(touches.cbegin(), touches.cend())));
        writeAdvisory(p, *c, actor(), trail);
    }

    // Confirmed cases get their advisory data as an analyst would have entered it: the CWE,
    // the affected version, and once fixed the CVE id, the fix and the advisory's first
    // revision. Recorded at the case's last change, so the trail stays in time order.
    void writeAdvisory(const Plan &p, const Case &c, const QString &analyst, QList<AuditEntry> *trail)
    {
        const QList<CaseStatus> withAdvisory {CaseStatus::Confirmed, CaseStatus::Remediation,
            CaseStatus::Resolved, CaseStatus::Disclosed, CaseStatus::Closed};
        if (!withAdvisory.contains(c.status) || c.trackingId.isEmpty())
            return;
        const bool fixed = c.status == CaseStatus::Resolved || c.status == CaseStatus::Disclosed
            || c.status == CaseStatus::Closed;
        AdvisoryData a;
        int cwe = 0;
        if (CweCatalog::parse(u8(kClasses[p.vclass].cwe), &cwe) && CweCatalog::contains(cwe))
            a.cwes = {cwe};
        const QString fix = c.productVersion + QStringLiteral(".%1").arg(1 + int(m_mailRng.bounded(4)));
        if (fixed) {
            a.cves = {QStringLiteral("CVE-%1-%2").arg(c.acknowledgedAt.date().year()).arg(20000 + c.id)};
            a.products = {{c.product, QString(), fix, ProductStatus::KnownAffected},
                {c.product, fix, QString(), ProductStatus::Fixed}};
            a.remediations = {{RemediationCategory::VendorFix,
                QStringLiteral("Update %1 to %2 or later.").arg(c.product, fix), fix,
                QStringLiteral("https://security.calix.example/downloads")}};
        } else {
            a.products = {{c.product, c.productVersion, QString(), ProductStatus::KnownAffected}};
            if (c.status == CaseStatus::Remediation)
                a.remediations = {{RemediationCategory::Workaround,
                    QStringLiteral("Allow access to the management interface from trusted networks only."),
                    QString(), QString()}};
        }
        if (c.status == CaseStatus::Disclosed || c.status == CaseStatus::Closed)
            a.revisions = {{QStringLiteral("1"), c.updatedAt, QStringLiteral("Initial release.")}};
        add(trail, ms(c.updatedAt), analyst, QStringLiteral("advisory"), {}, a.summary());
        m_advisories.append({c.id, a, c.updatedAt, analyst});
    }

    const Tables &m_tables;
    const QList<Plan> &m_plans;
    const TrackingIdPattern &m_pattern;
    QRandomGenerator m_rng;
    QRandomGenerator m_mailRng; // its own stream: mail leaves the rest of the data as it was
    QList<CorrespondenceMessage> m_mail;
    QList<AdvisoryStore::Imported> m_advisories;
};

} // namespace

Status DemoGenerator::generate(
    Database &db, const DemoOptions &options, const std::function<void(int)> &progress)
{
    if (options.cases < 0 || options.cases > maxCases)
        return Status::failure(
            QCoreApplication::translate("DemoGenerator", "The number of demo cases must be between 0 and %1.")
                .arg(maxCases));
    if (!options.now.isValid())
        return Status::failure(
            QCoreApplication::translate("DemoGenerator", "The demo data needs a valid “now”."));
    CaseStore store(db);
    const auto existing = store.caseCount();
    if (!existing)
        return Status::failure(existing.error());
    if (*existing > 0)
        return Status::failure(QCoreApplication::translate("DemoGenerator",
            "Demo data goes into an empty database; this one already holds %n case(s).", nullptr, *existing));
    const auto pattern = TrackingIdPattern::parse(store.trackingIdPattern());
    if (!pattern)
        return Status::failure(pattern.error());

    const QDateTime nowDt = options.now.toUTC();
    const qint64 now = ms(nowDt);
    const QDate today = nowDt.date();
    const Tables tables = makeTables(today);

    ProductCatalogue catalogue(db);
    for (const Product &product : tables.products) {
        if (const auto saved = catalogue.save(product); !saved)
            return Status::failure(saved.error());
    }

    // 1. The plan: times, products, flaws and the workflow path of every case.
    QRandomGenerator rng(options.seed);
    const qint64 start = ms(nowDt.addDays(-730));
    QList<qint64> received;
    received.reserve(options.cases);
    while (received.size() < options.cases) {
        // Reports grow over time, and fewer arrive at weekends.
        const qint64 t
            = start + qint64(std::pow(rng.generateDouble(), 0.85) * double(now - 10 * kMinute - start));
        if (utc(t).date().dayOfWeek() >= 6 && rng.generateDouble() < 0.55)
            continue;
        received.append(t);
    }
    std::sort(received.begin(), received.end());

    const QList<IntakeChannel> channels {IntakeChannel::Email, IntakeChannel::WebForm,
        IntakeChannel::EncryptedEmail, IntakeChannel::Partner, IntakeChannel::Internal, IntakeChannel::Phone,
        IntakeChannel::Other};
    const QList<int> channelWeights {40, 28, 12, 9, 7, 2, 2};
    QList<Plan> plans(options.cases);
    for (int i = 0; i < options.cases; ++i) {
        Plan &p = plans[i];
        p.received = received.at(i);
        if (rng.generateDouble() < 0.03)
            p.product = -1 - int(rng.bounded(countOf(kUnknownProducts)));
        else
            p.product = weighted(rng, tables.productWeights);
        p.version = int(rng.bounded(3));
        p.vclass = pickClass(rng, kindOf(p.product));
        p.component = pickComponent(rng, kindOf(p.product));
        p.channel = channels.at(weighted(rng, channelWeights));
        p.outcome = pickOutcome(rng, p.product, today);
        if (p.outcome == Outcome::SpamEarly)
            p.channel = rng.generateDouble() < 0.5 ? IntakeChannel::Email : IntakeChannel::WebForm;
        if (isDuplicateOutcome(p.outcome)) {
            // The original came earlier: same product if possible, never a duplicate or spam.
            const int from = std::max(0, i - 400);
            int target = -1;
            for (int j = i - 1; j >= from && target < 0; --j) {
                if (plans.at(j).product == p.product && !isDuplicateOutcome(plans.at(j).outcome)
                    && plans.at(j).outcome != Outcome::SpamEarly)
                    target = j;
            }
            for (int j = i - 1; j >= from && target < 0; --j) {
                if (!isDuplicateOutcome(plans.at(j).outcome) && plans.at(j).outcome != Outcome::SpamEarly)
                    target = j;
            }
            if (target < 0) {
                p.outcome = Outcome::InformativeEarly;
            } else {
                const Plan &original = plans.at(target);
                p.duplicateOf = target + 1;
                p.product = original.product;
                p.version = original.version;
                p.vclass = original.vclass;
                p.component = original.component;
            }
        }
        planTimeline(rng, p, now, int(tables.analysts.size()));
    }

    // 2. Tracking ids in the order of acknowledgement, numbered per counter scope.
    QList<int> acknowledged;
    for (int i = 0; i < options.cases; ++i) {
        if (plans.at(i).ackAt > 0)
            acknowledged.append(i);
    }
    std::stable_sort(acknowledged.begin(), acknowledged.end(),
        [&plans](int a, int b) { return plans.at(a).ackAt < plans.at(b).ackAt; });
    QHash<QString, qint64> counters;
    for (int i : std::as_const(acknowledged))
        plans[i].trackingNumber = ++counters[pattern->scope(utc(plans.at(i).ackAt).date())];

    // 3. Texts and audit trails, streamed into one import transaction.
    CaseWriter writer(tables, plans, *pattern, options.seed);
    CorrespondenceStore correspondence(db, store.auditLog());
    AdvisoryStore advisories(db, store.auditLog());
    // The team that publishes the demo's advisories (reserved example domain; the CNA id is
    // a made-up UUID).
    AdvisoryPublisher publisher {QStringLiteral("Calix PSIRT"),
        QStringLiteral("https://security.calix.example"), QStringLiteral("psirt@calix.example"),
        QStringLiteral("7d5f0b6e-3c1a-4b8e-9f2d-1a2b3c4d5e6f"), QStringLiteral("Calix"),
        QStringLiteral("Calix")};
    if (const Status s = publisher.save(db); !s)
        return s;
    Status mailStored;
    int next = 0;
    if (progress)
        progress(0);
    const Status imported = store.importCases([&](Case *c, QList<AuditEntry> *trail) {
        if (next >= options.cases || !mailStored)
            return false;
        // The mail of the cases written so far, in batches inside the import's transaction
        // (the next case is not written yet, so its mail waits).
        if (next % 256 == 0) {
            mailStored = correspondence.importMessages(writer.takeMail());
            if (mailStored)
                mailStored = advisories.importAdvisories(writer.takeAdvisories());
        }
        writer.write(next, c, trail);
        ++next;
        if (progress && (next % 1000 == 0 || next == options.cases))
            progress(next);
        return true;
    });
    if (!imported)
        return imported;
    if (!mailStored)
        return mailStored;
    if (const Status s = correspondence.importMessages(writer.takeMail()); !s)
        return s;
    return advisories.importAdvisories(writer.takeAdvisories());
}
