"""The whole export and its import through the API (wagenmenner/portability.py), as the
account page offers them (accounts/views.py)."""

from django.http import HttpResponse
from ninja import Router, Status

from api.errors import BODY_TYPES
from api.schemas import Error
from wagenmenner import portability

router = Router(tags=["export and import"])
ZIP = "application/zip"
ZIP_LIMIT = BODY_TYPES["/api/v1/import"][1]


@router.get("/export", url_name="export", summary="Everything of mine, as one ZIP file",
            response={200: None},
            openapi_extra={"responses": {200: {
                "description": "One JSON file per kind, a CSV beside the tabular kinds, a "
                               "README in your language and manifest.json.",
                "content": {ZIP: {"schema": {"type": "string", "format": "binary"}}}}}})
def export(request):
    response = HttpResponse(portability.export_zip(request.user), content_type=ZIP)
    response["Content-Disposition"] = f'attachment; filename="{portability.export_filename()}"'
    response["Cache-Control"] = "no-store"
    return response


@router.post("/import", url_name="import", summary="Read an export into my empty account",
             response={201: dict[str, int], 413: Error, 422: Error},
             openapi_extra={"requestBody": {"required": True, "content": {
                 ZIP: {"schema": {"type": "string", "format": "binary"}}}},
                 "description": "The ZIP file of GET /export, as the body. Only into an "
                                "account that holds nothing yet; all of it is stored, or "
                                "nothing. Answers the number of entries read per kind."})
def import_(request):
    data = request.read(ZIP_LIMIT + 1)
    if len(data) > ZIP_LIMIT:  # sent without a length (chunked): the middleware could not tell
        return Status(413, {"detail": str(portability.ERROR_TOO_BIG)})
    try:
        counts = portability.import_zip(request.user, data)
    except portability.ImportError_ as exc:
        return Status(422, {"detail": str(exc)})
    return Status(201, counts)
