package org.reliefledger.web.it;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds where a log names a client's address. An address a client may connect from (loopback, or
 * this machine's own) is allowed in a log only where it names a server: as the host of a URL
 * ({@code jdbc:postgresql://127.0.0.1:5432/...}, the {@code http://...:port/} a server announces)
 * or with a server's port after it (the database's, the application's own listener).
 */
final class ClientAddresses {

  private static final String LOOPBACK = "127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|0:0:0:0:0:0:0:1|::1";

  private ClientAddresses() {}

  /**
   * @param machineAddresses further addresses clients of this machine connect from (its own)
   * @param serverPorts the ports after which an address names a server, not a client
   * @return each place a client address appears, with a little of the text around it
   */
  static List<String> in(String log, Set<String> machineAddresses, Set<Integer> serverPorts) {
    String addresses =
        machineAddresses.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .map(quoted -> quoted + "|")
                .collect(Collectors.joining())
            + LOOPBACK;
    Matcher address =
        Pattern.compile("(?<![\\w.])(" + addresses + ")\\]?(?::(\\d{1,5}))?(?![\\w.])")
            .matcher(log);
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
