package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.reliefledger.disbursement.boundary.Disbursements;
import org.reliefledger.disbursement.boundary.PolicyAmendment;
import org.reliefledger.disbursement.boundary.PolicyView;
import org.reliefledger.disbursement.entity.PolicyTerms;
import org.reliefledger.ledger.entity.InvalidAmountException;
import org.reliefledger.ledger.entity.Money;

/**
 * The voting policy: reading the current version and storing new terms as the next one. Requests
 * already open keep the version they were opened under.
 */
@Path("voting-policy")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VotingPolicyResource {

  /** The editable terms, amounts as decimal strings. */
  public record TermsJson(
      @NotNull(message = "give smallLimit") String smallLimit,
      @NotNull(message = "give smallApprovals") Integer smallApprovals,
      @NotNull(message = "give mediumLimit") String mediumLimit,
      @NotNull(message = "give mediumApprovals") Integer mediumApprovals,
      @NotNull(message = "give deadlineHours") Integer deadlineHours,
      @NotNull(message = "give caseCap") String caseCap,
      @NotNull(message = "give capWindowDays") Integer capWindowDays) {}

  /** One version of the policy. */
  public record PolicyJson(
      int version,
      String smallLimit,
      int smallApprovals,
      String mediumLimit,
      int mediumApprovals,
      String aboveMedium,
      int deadlineHours,
      String caseCap,
      int capWindowDays,
      String createdBy,
      String createdAt) {

    static PolicyJson of(PolicyView view) {
      var terms = view.terms();
      return new PolicyJson(
          view.version(),
          terms.smallLimit().toDecimalString(),
          terms.smallApprovals(),
          terms.mediumLimit().toDecimalString(),
          terms.mediumApprovals(),
          "majority of eligible members, at least " + terms.mediumApprovals(),
          terms.deadlineHours(),
          terms.caseCap().toDecimalString(),
          terms.capWindowDays(),
          view.createdBy(),
          view.createdAt().toString());
    }
  }

  @Inject Disbursements disbursements;

  @Context SecurityContext caller;

  @GET
  public PolicyJson current() {
    return PolicyJson.of(disbursements.policy());
  }

  @PUT
  public Response amend(@Valid @NotNull(message = "a JSON body is required") TermsJson body) {
    PolicyTerms terms;
    try {
      terms =
          new PolicyTerms(
              Money.parse(body.smallLimit()),
              body.smallApprovals(),
              Money.parse(body.mediumLimit()),
              body.mediumApprovals(),
              body.deadlineHours(),
              Money.parse(body.caseCap()),
              body.capWindowDays());
    } catch (InvalidAmountException invalid) {
      return Responses.unprocessable("invalid_amount", invalid.getMessage(), null);
    }
    var outcome = disbursements.amendPolicy(terms, caller.getUserPrincipal().getName());
    if (outcome instanceof PolicyAmendment.Amended amended) {
      return Response.ok(PolicyJson.of(amended.policy())).build();
    }
    if (outcome instanceof PolicyAmendment.Unmeetable unmeetable) {
      return Responses.unprocessable(
          "unmeetable_policy",
          "The terms need up to "
              + unmeetable.approvalsNeeded()
              + " approvals but the committee has "
              + unmeetable.committeeMembers()
              + " members: no request above the medium limit could ever be approved.",
          "mediumApprovals");
    }
    var invalid = (PolicyAmendment.Invalid) outcome;
    return Responses.unprocessable("invalid_policy", String.join("; ", invalid.problems()), null);
  }
}
