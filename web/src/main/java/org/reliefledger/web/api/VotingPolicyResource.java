package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.reliefledger.disbursement.boundary.Disbursements;
import org.reliefledger.disbursement.boundary.PolicyAmendment;
import org.reliefledger.disbursement.boundary.PolicyConfirmation;
import org.reliefledger.disbursement.boundary.PolicyView;
import org.reliefledger.disbursement.boundary.ProposalView;
import org.reliefledger.disbursement.entity.PolicyTerms;
import org.reliefledger.ledger.entity.InvalidAmountException;
import org.reliefledger.ledger.entity.Money;

/**
 * The voting policy: reading the current version, proposing new terms, and confirming a proposal,
 * which stores its terms as the next version. A change needs two people: an administrator proposes,
 * another administrator or a committee member confirms, never the proposer. Requests already open
 * keep the version they were opened under.
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

  /** The terms of a proposal, amounts as decimal strings. */
  public record ProposedTermsJson(
      String smallLimit,
      int smallApprovals,
      String mediumLimit,
      int mediumApprovals,
      int deadlineHours,
      String caseCap,
      int capWindowDays) {

    static ProposedTermsJson of(PolicyTerms terms) {
      return new ProposedTermsJson(
          terms.smallLimit().toDecimalString(),
          terms.smallApprovals(),
          terms.mediumLimit().toDecimalString(),
          terms.mediumApprovals(),
          terms.deadlineHours(),
          terms.caseCap().toDecimalString(),
          terms.capWindowDays());
    }
  }

  /** A change waiting for a second person's confirmation. */
  public record ProposalJson(
      long id, ProposedTermsJson terms, String proposedBy, String proposedAt, String status) {

    static ProposalJson of(ProposalView view) {
      return new ProposalJson(
          view.id(),
          ProposedTermsJson.of(view.terms()),
          view.proposedBy(),
          view.proposedAt().toString(),
          "PENDING");
    }
  }

  @Inject Disbursements disbursements;

  @Context SecurityContext caller;

  @GET
  public PolicyJson current() {
    return PolicyJson.of(disbursements.policy());
  }

  /** Proposes new terms: 202 with the proposal, in force once a second person confirms it. */
  @PUT
  public Response propose(@Valid @NotNull(message = "a JSON body is required") TermsJson body) {
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
    var outcome = disbursements.proposePolicy(terms, caller.getUserPrincipal().getName());
    if (outcome instanceof PolicyAmendment.Proposed proposed) {
      return Response.accepted(ProposalJson.of(proposed.proposal())).build();
    }
    if (outcome instanceof PolicyAmendment.Unmeetable unmeetable) {
      return unmeetable(unmeetable.approvalsNeeded(), unmeetable.committeeMembers());
    }
    var invalid = (PolicyAmendment.Invalid) outcome;
    return Responses.unprocessable("invalid_policy", String.join("; ", invalid.problems()), null);
  }

  /** The proposed changes no one has confirmed yet, oldest first. */
  @GET
  @Path("proposals")
  @RolesAllowed({"ADMIN", "COMMITTEE"})
  public Page<ProposalJson> pending() {
    List<ProposalJson> pending =
        disbursements.pendingPolicies().stream().map(ProposalJson::of).toList();
    return new Page<>(pending, pending.size());
  }

  /** Puts a proposed change in force; its proposer may not. */
  @POST
  @Path("proposals/{id}/confirmation")
  @RolesAllowed({"ADMIN", "COMMITTEE"})
  public Response confirm(@PathParam("id") long id) {
    var outcome = disbursements.confirmPolicy(id, caller.getUserPrincipal().getName());
    if (outcome instanceof PolicyConfirmation.Confirmed confirmed) {
      return Response.ok(PolicyJson.of(confirmed.policy())).build();
    }
    if (outcome instanceof PolicyConfirmation.OwnProposal) {
      return Responses.error(
          403,
          "own_proposal",
          "A change of the voting policy needs a second person: its proposer may not confirm it.",
          null);
    }
    if (outcome instanceof PolicyConfirmation.AlreadyConfirmed already) {
      return Responses.conflict(
          "already_confirmed",
          "This change is already in force as version " + already.version() + ".",
          null);
    }
    if (outcome instanceof PolicyConfirmation.Unmeetable unmeetable) {
      return unmeetable(unmeetable.approvalsNeeded(), unmeetable.committeeMembers());
    }
    return Responses.error(404, "not_found", "There is no such proposed change.", "id");
  }

  private static Response unmeetable(int approvalsNeeded, int committeeMembers) {
    return Responses.unprocessable(
        "unmeetable_policy",
        "The terms need up to "
            + approvalsNeeded
            + " approvals but the committee has "
            + committeeMembers
            + " members: no request above the medium limit could ever be approved.",
        "mediumApprovals");
  }
}
