package org.cthub.persistence.partner;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.cthub.persistence.support.RuleViolation;

/**
 * Decides whether the hub may post to a webhook URL. The hub calls these URLs from inside its own network,
 * so a URL that points at loopback, private, link-local, CGNAT, multicast or unspecified addresses would
 * let a partner make the hub reach services that are not meant to be reachable (SSRF). The host is checked
 * as written and, when it resolves, every address it resolves to; a name that does not resolve yet is
 * accepted at registration; {@link #checkBeforeSending} is the stricter check the webhook channel makes before
 * each call, when the name must resolve, and only to public addresses (a name may be repointed after it was
 * registered: DNS rebinding).
 * Operators may list hosts in {@code hub.webhook.allowed-hosts} to admit them anyway: for sandboxes only.
 */
public final class WebhookUrlPolicy {

    static final String FIELD = "webhook.url";
    private static final int MAX_LENGTH = 2000;

    /** Looks up a host's addresses; throws UnknownHostException when it cannot. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    public WebhookUrlPolicy(Set<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** The URL, checked; refusals name the webhook URL field and say what to use instead. */
    public URI check(String url) {
        URI uri = parse(url);
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw refuse("must use https");
        }
        if (uri.getUserInfo() != null) {
            throw refuse("must not carry credentials: the hub signs every delivery instead");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(host)) {
            return uri;
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (isLocalName(bare)) {
            throw refuse("must name a public host, not a local name");
        }
        if (IpLiteral.isLiteral(bare)) {
            requirePublic(IpLiteral.parse(bare));
            return uri;
        }
        try {
            for (InetAddress address : resolver.resolve(bare)) {
                requirePublic(address);
            }
        } catch (UnknownHostException notYetResolvable) {
            // Accepted: partners often register before their DNS goes live.
        }
        return uri;
    }

    /**
     * The URL, checked again just before the hub calls it: as {@link #check}, and the host must now resolve,
     * every address to a public one, unless the host is one of the allowed hosts.
     */
    public URI checkBeforeSending(String url) {
        URI uri = check(url);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(host)) {
            return uri;
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        try {
            for (InetAddress address : resolver.resolve(bare)) {
                requirePublic(address);
            }
        } catch (UnknownHostException e) {
            throw refuse("has a host that does not resolve");
        }
        return uri;
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            throw refuse("is required, at most " + MAX_LENGTH + " characters");
        }
        try {
            URI uri = new URI(url.trim());
            if (uri.getHost() == null) {
                throw refuse("must be an absolute https URL with a host name");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw refuse("is not a valid URL");
        }
    }

    private static boolean isLocalName(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")
                || host.endsWith(".internal") || host.endsWith(".localdomain") || host.endsWith(".home.arpa")
                || !host.contains(".") && !host.contains(":");
    }

    private static void requirePublic(InetAddress address) {
        if (!PublicAddress.isPublic(address)) {
            throw refuse("must point to a public address: loopback, private, link-local, CGNAT, multicast and "
                    + "unspecified addresses are refused");
        }
    }

    private static RuleViolation refuse(String why) {
        return new RuleViolation(FIELD, "The webhook URL " + why);
    }
}
