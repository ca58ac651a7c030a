package org.reliefledger.web.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a log names a loopback client. A loopback address is allowed in a log only where it
 * names a server: as the host of a URL ({@code jdbc:postgresql://127.0.0.1:5432/...}, the {@code
 * http://...:port/} a server announces) or with a server's port after it (the database's, the
 * application's own listener).
 *
 * <p>Only loopback: the machine's other addresses also name the server itself in Payara's start-up
 * lines (its host, its data grid member {@code [192.0.2.2]:6901}), so a client connecting through
 * one of them could not be told apart.
 */
final class ClientAddresses {

  /** A loopback address, IPv4 or IPv6, then the port if one follows. */
  private static final Pattern LOOPBACK =
      Pattern.compile(
          "(?<![\\w.])(127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|0:0:0:0:0:0:0:1|::1)\\]?(?::(\\d{1,5}))?(?![\\w.])");

  private ClientAddresses() {}

  /**
   * @param serverPorts the ports after which an address names a server, not a client
   * @return each place a loopback client appears, with a little of the text around it
   */
  static List<String> loopbackClients(String log, Set<Integer> serverPorts) {
    Matcher address = LOOPBACK.matcher(log);
    List<String> clients = new ArrayList<>();
    while (address.find()) {
      String port = address.group(2);
      boolean urlHost =
          log.startsWith("//", address.start() - 2) || log.startsWith("//[", address.start() - 3);
      boolean serverPort = port != null && serverPorts.contains(Integer.parseInt(port));
      if (!urlHost && !serverPort) {
        clients.add(
            log.substring(
                Math.max(0, address.start() - 60), Math.min(log.length(), address.end() + 20)));
      }
    }
    return clients;
  }
}
