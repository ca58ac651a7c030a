package org.reliefledger.web.console;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.reliefledger.web.api.ApiApplication;
import org.reliefledger.web.api.BadInputMapper;
import org.reliefledger.web.api.HttpErrorMapper;
import org.reliefledger.web.api.ReportsResource;
import org.reliefledger.web.api.UnexpectedErrorMapper;

/**
 * The API's report workbooks once more, under the screens' {@code /ledger/} area, for people signed
 * in with the login form: the API itself never accepts a browser session, so linking the reports
 * page to {@code /api/v1/reports} made the browser ask for the password again. The very same
 * resource answers here, so roles ({@code @RolesAllowed}), period checks, content type and file
 * names cannot drift apart; only the way the caller was authenticated differs.
 */
@ApplicationPath(ReportDownloads.PATH)
public class ReportDownloads extends Application {

  static final String PATH = "/ledger/files";

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        ReportsResource.class,
        BadInputMapper.class,
        HttpErrorMapper.class,
        UnexpectedErrorMapper.class);
  }

  @Override
  public Map<String, Object> getProperties() {
    return ApiApplication.settings();
  }
}
