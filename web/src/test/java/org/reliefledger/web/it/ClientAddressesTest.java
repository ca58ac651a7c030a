package org.reliefledger.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private static final Set<Integer> SERVERS = Set.of(5432, 8748);

  @Test
  void serversAddressesWithTheirPortsAreNotClients() {
    String log =
        "url=jdbc:postgresql://127.0.0.1:5432/relief_it\n"
            + "Payara Micro URLs:\nhttp://192.0.2.2:8748/\n"
            + "an earlier server: http://127.0.0.1:8303/ and http://[::1]:8303/\n"
            + "Connection to 127.0.0.1:5432 refused\n"
            + "version 1127.0.0.15 and 192.0.2.25 are other numbers\n";

    assertThat(ClientAddresses.loopbackClients(log, SERVERS)).isEmpty();
  }

  @Test
  void anAddressWithoutAServerPortIsAClient() {
    assertThat(ClientAddresses.loopbackClients("login failed from 127.0.0.1 for admin", SERVERS))
        .hasSize(1);
    assertThat(ClientAddresses.loopbackClients("remote=/127.0.0.1:53422 closed", SERVERS))
        .hasSize(1);
    assertThat(ClientAddresses.loopbackClients("peer [::1]:40000", SERVERS)).hasSize(1);
    assertThat(ClientAddresses.loopbackClients("0:0:0:0:0:0:0:1 - - [22/Nov/2026]", SERVERS))
        .hasSize(1);
    assertThat(ClientAddresses.loopbackClients("::ffff:127.0.0.1 GET /api", SERVERS)).hasSize(1);
  }
}
