package io.trendscout.platform.web;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word on an error no servlet answered (a request rejected before Spring MVC: an
 * encoded slash in the path, an over-long header, a malformed request line): a problem document
 * instead of Tomcat's HTML page.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        // the same guard as Tomcat's own report: only an error status, nothing written yet, reported once
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.resetBuffer();
            ProblemJson.write(response.getResponse(), StatusProblems.of(response.getStatus()));
        }
        catch (IOException | IllegalStateException ex) {
            // the connection is gone or the response committed: nothing more to tell the client
        }
    }
}
