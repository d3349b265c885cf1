#pragma once

#include "core/Product.h"

#include <QString>

#include <array>
#include <cstddef>
#include <utility>

// The demo's invented world, as constant tables: products and their components, kinds of flaw
// with the texts reports about them use, reporters, analysts and the phrases of their mail.
// Internal to models/demo (DemoPlan decides with it, DemoCaseWriter writes from it).
namespace Demo {

inline QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

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
inline constexpr ProductSpec kProducts[] = {
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

// The makers of the third-party components, as their advisories name them.
inline constexpr std::pair<const char *, const char *> kThirdPartyVendors[]
    = {{"OpenSSL", "OpenSSL"}, {"BusyBox", "BusyBox"}, {"dnsmasq", "Thekelleys"}, {"Linux kernel", "Linux"},
        {"lighttpd", "lighttpd"}, {"U-Boot", "DENX Software Engineering"}};

// Named in reports but not in the catalogue: intake must ask which product is meant.
inline constexpr const char *kUnknownProducts[] = {"Calix home router (model not given)",
    "Zhone Wi-Fi extender", "Calix \"GigaSpire\" (unspecified)", "Zhone ONT (serial number only)"};

struct ComponentSpec
{
    const char *name;
    unsigned kinds;
    const char *endpoint;
};

inline constexpr ComponentSpec kComponents[] = {
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

inline constexpr VulnClass kClasses[] = {
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
inline constexpr char kMoreInfo[]
    = "Hello,\n\n"
      "> we need more information\n\n"
      "the device runs the factory configuration with the web interface enabled on the LAN "
      "side. I attached the full request and a capture of the exchange to my first message; "
      "it reproduces on every attempt after a reboot.\n\n"
      "Best regards";

// Reporters from many places and scripts; e-mail domains are the reserved example ones.
inline constexpr Person kReporters[] = {
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

inline constexpr Person kPartners[] = {
    {"Vulnerability coordination", "cert@cert.example", "CERT/CC"},
    {"Hiroshi Yamamoto", "vuls@jpcert.example", "JPCERT/CC"},
    {"Anna Keller", "cert-bund@bsi.example", "CERT-Bund (BSI)"},
    {"이수진", "vuln@krcert.example", "KrCERT/CC"},
    {"Coordination desk", "cvd@ncsc.example", "NCSC-NL"},
    {"Network Operations", "noc@ruralbroadband.example", "Rural Broadband Co-op (customer)"},
};

inline constexpr Person kInternal[] = {
    {"Product Security Testing", "pst@vendor.example", "Internal — Product Security Testing"},
    {"Firmware QA", "fw-qa@vendor.example", "Internal — Firmware QA"},
};

inline constexpr const char *kAnalysts[]
    = {"Priya Raman", "Jonas Weber", "Mei Chen", "Tunde Bakare", "Lucía Herrera", "Kenji Mori"};

inline constexpr const char *kContexts[] = {
    "Found while fuzzing the firmware image from the public download site.",
    "Found during a penetration test for one of your service-provider customers.",
    "Noticed while reviewing network traffic in a home lab.",
    "Found in a source review of the GPL tarball.",
    "Found during a university course project on embedded security.",
    "Found by our automated scanner and confirmed by hand.",
    "Reported to us by a subscriber who noticed odd behaviour; we reproduced it.",
};

inline constexpr const char *kClosings[] = {
    "Tested only on {version}; older versions are probably affected too.",
    "I plan to present this at a conference in about 90 days and would like to agree on a disclosure date.",
    "Please credit me in the advisory.",
    "I do not want to be named publicly.",
    "Happy to test a fix before release.",
    "My proposed CVSS vector is in the attachment.",
};

// Some reports arrive in the reporter's language; intake adds a translation.
inline constexpr const char *kForeign[] = {
    "Original report in Japanese: ヒープオーバーフローを発見しました。詳細は添付ファイルをご覧ください。",
    "Original report in German: Wir haben eine Schwachstelle gefunden; Details im Anhang.",
    "Original report in Spanish: Encontramos una vulnerabilidad; los detalles están adjuntos.",
    "Original report in Korean: 취약점을 발견했습니다. 자세한 내용은 첨부 파일을 참조하세요.",
    "Original report in Chinese: 我们发现了一个安全漏洞，详情见附件。",
    "Original report in Russian: Мы обнаружили уязвимость, подробности во вложении.",
};

// Spam reaches a PSIRT inbox too, sometimes with markup or bidi tricks in it.
inline constexpr const char *kSpamTitles[] = {
    "Bug bounty request – please confirm payment first",
    "Your website is missing an SPF record!!!",
    "URGENT critical vulnerability, contact me on Telegram",
    "Clickjacking on marketing page (bounty?)",
    "<script>alert('xss')</script> found on your contact form",
    "Invoice for security audit \u202Efdp.exe",
    "Collaboration proposal: SEO backlinks",
};

inline constexpr const char *kNeedsInfoReasons[] = {
    "Asked the reporter for the exact firmware version and model.",
    "Asked for a packet capture and the proof-of-concept script.",
    "Cannot reproduce from the description; asked for the device configuration.",
    "Asked which account role was used.",
};

template<typename T, size_t N>
constexpr int countOf(const T (&)[N])
{
    return int(N);
}

} // namespace Demo
