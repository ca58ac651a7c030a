package org.reliefledger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Committee members voting through {@code POST /disbursement-requests/{id}/votes}. The set-up makes
 * every vote a live one: the policy asks for as many approvals as there are members, and one member
 * always abstains, so no request closes during the run (a closed request would answer 409).
 */
final class HttpVoters {

  private static final String PASSWORD = "bench-committee-password";
  private static final String INTAKE = "bench-intake";
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");

  private final HttpPoster http;
  private final int members;
  private final List<Long> requests = new ArrayList<>();
  private final AtomicInteger nextMember = new AtomicInteger();

  private HttpVoters(HttpPoster http, int members) {
    this.http = http;
    this.members = members;
  }

  /**
   * Creates {@code members} committee members, sets the policy (proposed by the administrator,
   * confirmed by a member) and opens {@code openRequests} small
   * requests on {@code fund}, for one case, as the treasurer (who must exist).
   */
  static HttpVoters prepare(HttpPoster http, int members, int openRequests, String fund) {
    var voters = new HttpVoters(http, members);
    // The committee first: a policy asking for more approvals than it has members is refused.
    for (int m = 0; m < members; m++) {
      http.createUser(member(m), PASSWORD, "COMMITTEE");
    }
    String admin = HttpPoster.basic("admin", Server.ADMIN_PASSWORD);
    String proposal =
        first(
            ID,
            HttpPoster.expect(
                202,
                http.send(
                    "PUT",
                    "voting-policy",
                    admin,
                    String.format(
                        "{\"smallLimit\":\"500.00\",\"smallApprovals\":%d,\"mediumLimit\":\"2000.00\","
                            + "\"mediumApprovals\":%d,\"deadlineHours\":72,\"caseCap\":\"1000000.00\","
                            + "\"capWindowDays\":90}",
                        members, members))));
    // A policy change takes effect when a second person confirms it.
    HttpPoster.expect(
        200,
        http.send(
            "POST",
            "voting-policy/proposals/" + proposal + "/confirmation",
            HttpPoster.basic(member(0), PASSWORD),
            ""));
    http.createUser(INTAKE, PASSWORD, "INTAKE");
    HttpPoster.expect(
        201,
        http.send("POST", "areas", admin, "{\"code\":\"BENCH\",\"name\":\"Benchmark\"}"));
    String caseCode =
        first(
            CODE,
            HttpPoster.expect(
                201,
                http.send(
                    "POST",
                    "cases",
                    HttpPoster.basic(INTAKE, PASSWORD),
                    "{\"householdSize\":3,\"area\":\"BENCH\",\"languages\":[\"en\"]}")));
    for (int r = 0; r < openRequests; r++) {
      String request =
          String.format(
              "{\"case\":\"%s\",\"category\":\"OTHER\",\"amount\":\"10.00\",\"fund\":\"%s\","
                  + "\"payee\":\"VENDOR\",\"justification\":\"Benchmark request\"}",
              caseCode, fund);
      voters.requests.add(
          Long.parseLong(
              first(
                  ID,
                  HttpPoster.expect(
                      201,
                      http.send(
                          "POST", "disbursement-requests", HttpPoster.treasurer(), request)))));
    }
    return voters;
  }

  /**
   * The next member, voting on a random open request each time: member 0 abstains, the others
   * approve. A 2xx answer counts as posted, any other as refused.
   */
  Load.Worker voter() {
    int member = nextMember.getAndIncrement() % members;
    String credentials = HttpPoster.basic(member(member), PASSWORD);
    String vote = "{\"decision\":\"" + (member == 0 ? "ABSTAIN" : "APPROVE") + "\"}";
    return () -> {
      long request = requests.get(ThreadLocalRandom.current().nextInt(requests.size()));
      int status =
          http.send("POST", "disbursement-requests/" + request + "/votes", credentials, vote)
              .statusCode();
      return status / 100 == 2 ? Load.Outcome.POSTED : Load.Outcome.REFUSED;
    };
  }

  private static String member(int index) {
    return String.format("bench-committee-%02d", index);
  }

  private static String first(Pattern pattern, String body) {
    Matcher match = pattern.matcher(body);
    if (!match.find()) {
      throw new IllegalStateException("unexpected answer shape");
    }
    return match.group(1);
  }
}
