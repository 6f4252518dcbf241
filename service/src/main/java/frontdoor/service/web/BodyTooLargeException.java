package frontdoor.service.web;

/** A request body longer than the limit; thrown while the body is read, so it is never read whole. */
class BodyTooLargeException extends RuntimeException {
    BodyTooLargeException(long limit) {
        super("the request body is over " + limit + " bytes");
    }
}
