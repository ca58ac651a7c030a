package org.reliefledger.web.api;

import java.time.LocalDate;

/** A key share as a page to print and keep: the share, who holds it, and what to do with it. */
final class ShareSheet {

  private ShareSheet() {}

  static String html(String share, String holder) {
    // the share and user name are of a fixed alphabet ([A-Za-z0-9_-], [a-z0-9._-]): nothing to
    // escape
    return """
        <!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
        <title>Relief Ledger key share</title>
        <style>body{font-family:sans-serif;max-width:40em;margin:2em auto}
        .share{font-family:monospace;font-size:1.3em;word-break:break-all;border:2px solid #000;
        padding:1em}</style></head><body>
        <h1>Relief Ledger vault key share</h1>
        <p>Holder: <strong>%s</strong> &middot; printed %s</p>
        <p class="share" id="share">%s</p>
        <ul>
        <li>Keep this sheet apart from the server, somewhere only you can reach. Do not photograph it.</li>
        <li>After every restart or lockdown, enter it on the <em>Vault</em> screen (or POST
        /api/v1/vault/unseal). The vault opens when enough holders have entered theirs.</li>
        <li>If it is lost or you leave the committee, tell the others: they re-split the key and
        this sheet stops working. Destroy it then.</li>
        </ul></body></html>
        """
        .formatted(holder, LocalDate.now(), share);
  }
}
