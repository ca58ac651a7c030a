package org.reliefledger.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private static final Set<String> MACHINE = Set.of("192.0.2.2");
  private static final Set<Integer> SERVERS = Set.of(5432, 8748);

  @Test
  void serversAddressesWithTheirPortsAreNotClients() {
    String log =
        "url=jdbc:postgresql://127.0.0.1:5432/relief_it\n"
            + "Payara Micro URLs:\nhttp://192.0.2.2:8748/\n"
            + "an earlier server: http://192.0.2.2:8303/ and http://[::1]:8303/\n"
            + "Connection to 127.0.0.1:5432 refused\n"
            + "version 1127.0.0.15 and 192.0.2.25 are other numbers\n";

    assertThat(ClientAddresses.in(log, MACHINE, SERVERS)).isEmpty();
  }

  @Test
  void anAddressWithoutAServerPortIsAClient() {
    assertThat(ClientAddresses.in("login failed from 127.0.0.1 for admin", MACHINE, SERVERS))
        .hasSize(1);
    assertThat(ClientAddresses.in("remote=/127.0.0.1:53422 closed", MACHINE, SERVERS)).hasSize(1);
    assertThat(ClientAddresses.in("peer [::1]:40000", MACHINE, SERVERS)).hasSize(1);
    assertThat(ClientAddresses.in("0:0:0:0:0:0:0:1 - - [22/Nov/2026]", MACHINE, SERVERS))
        .hasSize(1);
    assertThat(ClientAddresses.in("::ffff:127.0.0.1 GET /api", MACHINE, SERVERS)).hasSize(1);
    assertThat(ClientAddresses.in("192.0.2.2 admin GET /api/v1/funds 200", MACHINE, SERVERS))
        .hasSize(1);
  }
}
