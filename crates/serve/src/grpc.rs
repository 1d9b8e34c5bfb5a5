//! Envoy's gRPC external authorization, `envoy.service.auth.v3.Authorization/Check`, on its
//! own listener (`[ext_authz] grpc_listen`). The verdict is the HTTP service's
//! ([`crate::enforce::authz`]); only the transport differs: an OK status with the headers to
//! add upstream, or `PERMISSION_DENIED` with the HTTP status, headers and body for the client.

use std::net::SocketAddr;
use std::sync::Arc;

use envoy_types::ext_authz::v3::pb::{
    Authorization, AuthorizationServer, CheckRequest, CheckResponse, HttpStatusCode,
};
use envoy_types::ext_authz::v3::{
    CheckRequestExt, CheckResponseExt, DeniedHttpResponseBuilder, OkHttpResponseBuilder,
};
use tokio::sync::oneshot;
use tonic::{Request, Response, Status};

use crate::auth::{Role, Verdict};
use crate::enforce::{authz, AuthzError};
use crate::App;

/// The Check service over the shared state.
struct Check {
    app: Arc<App>,
}

/// The token in the call's metadata: `x-distillguard-token` (Envoy's `initial_metadata`), else
/// `authorization: Bearer …`.
fn token<T>(req: &Request<T>) -> Option<&str> {
    let md = req.metadata();
    if let Some(v) = md.get(crate::api::TOKEN_HEADER) {
        return v.to_str().ok();
    }
    let v = md.get("authorization")?.to_str().ok()?.trim();
    let (scheme, t) = v.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then_some(t.trim())
}

#[tonic::async_trait]
impl Authorization for Check {
    async fn check(&self, req: Request<CheckRequest>) -> Result<Response<CheckResponse>, Status> {
        let app = &self.app;
        match app.auth.check(token(&req), Role::Decide) {
            Verdict::Pass => {}
            Verdict::Unauthenticated => {
                return Err(Status::unauthenticated("a valid API token is required"))
            }
            Verdict::Forbidden => {
                return Err(Status::permission_denied(
                    "this token lacks the `decide` role",
                ))
            }
        }
        let req = req.into_inner();
        // Envoy lowercases header names in CheckRequest.
        let header = app.cfg.ext_authz.account_header.to_ascii_lowercase();
        let account = req
            .get_client_headers()
            .and_then(|h| h.get(&header))
            .map(String::as_str);
        let answer = match authz(app, account) {
            Ok(a) => a,
            Err(AuthzError::BadAccount(e)) => return Err(Status::invalid_argument(e)),
        };
        let mut resp = CheckResponse::new();
        if answer.status == 200 {
            let mut ok = OkHttpResponseBuilder::new();
            for (k, v) in answer.headers {
                ok.add_header(k, v, None, false);
            }
            resp.set_status(Status::ok("allowed")).set_http_response(ok);
        } else {
            let mut denied = DeniedHttpResponseBuilder::new();
            denied.set_http_status(if answer.status == 429 {
                HttpStatusCode::TooManyRequests
            } else {
                HttpStatusCode::Forbidden
            });
            for (k, v) in answer.headers {
                denied.add_header(k, v, None, false);
            }
            denied.set_body(answer.body);
            resp.set_status(Status::permission_denied("refused by distillguard"))
                .set_http_response(denied);
        }
        Ok(Response::new(resp))
    }
}

/// A running gRPC listener.
pub(crate) struct GrpcServer {
    pub(crate) addr: SocketAddr,
    pub(crate) shutdown: oneshot::Sender<()>,
    pub(crate) join: tokio::task::JoinHandle<Result<(), tonic::transport::Error>>,
}

/// Binds `addr` and serves Check until the returned server's `shutdown` fires.
pub(crate) async fn start(app: Arc<App>, addr: SocketAddr) -> std::io::Result<GrpcServer> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let incoming = tokio_stream::wrappers::TcpListenerStream::new(listener);
    let (tx, rx) = oneshot::channel::<()>();
    let svc = AuthorizationServer::new(Check { app });
    let join = tokio::spawn(async move {
        tonic::transport::Server::builder()
            .add_service(svc)
            .serve_with_incoming_shutdown(incoming, async {
                let _ = rx.await;
            })
            .await
    });
    Ok(GrpcServer {
        addr,
        shutdown: tx,
        join,
    })
}
