package org.cthub.persistence.partner;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Recognises IP address literals without ever asking DNS: {@code InetAddress.getByName} on a literal
 * parses it, but on anything else it would resolve, so the shape is checked first.
 */
final class IpLiteral {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]*:[0-9a-f:.]*(%[0-9a-z]+)?");

    private IpLiteral() {
    }

    static boolean isLiteral(String host) {
        return IPV4.matcher(host).matches() || IPV6.matcher(host).matches();
    }

    static InetAddress parse(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new org.cthub.persistence.support.RuleViolation(WebhookUrlPolicy.FIELD,
                    "The webhook URL's host is not a valid IP address");
        }
    }
}
