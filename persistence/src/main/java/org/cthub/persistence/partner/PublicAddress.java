package org.cthub.persistence.partner;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** Whether an address is reachable on the public internet, as opposed to a network the hub sits inside. */
final class PublicAddress {

    private PublicAddress() {
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            return isPublicV6(b);
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        boolean thisNetwork = first == 0;
        boolean cgnat = first == 100 && second >= 64 && second <= 127;
        boolean benchmarking = first == 198 && (second == 18 || second == 19);
        boolean reserved = first >= 240;
        return !(thisNetwork || first == 10 || first == 127 || cgnat || benchmarking || reserved
                || first == 172 && second >= 16 && second <= 31 || first == 192 && second == 168
                || first == 169 && second == 254);
    }

    private static boolean isPublicV6(byte[] b) {
        int first = b[0] & 0xff;
        boolean uniqueLocal = (first & 0xfe) == 0xfc;
        boolean linkOrSiteLocal = first == 0xfe && (b[1] & 0xc0) >= 0x80;
        if (uniqueLocal || linkOrSiteLocal) {
            return false;
        }
        if (isIpv4Mapped(b)) {
            byte[] v4 = {b[12], b[13], b[14], b[15]};
            return isPublicV4(v4);
        }
        return true;
    }

    // ::ffff:a.b.c.d would otherwise smuggle a private IPv4 address past the IPv6 checks.
    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
