"""Ruling lines and pictures of a pdfium page, as the edges and image boxes pdfplumber would give.

Path objects are cut into subpaths and sorted as pdfminer sorts them (a line, a rectangle or a
curve), then turned into edges as pdfplumber does, so its table finder sees what it always saw.
Objects inside form XObjects are placed with the form's matrix.
"""

from __future__ import annotations

from ctypes import byref, c_float, c_int
from typing import Any, Sequence

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from .pdf_geometry import Edge
from .pdf_layers import on_hidden_layer

BBox = tuple[float, float, float, float]
Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]
Handle = Any  # a pdfium object handle (a ctypes pointer) from pypdfium2.raw

LETTER = (0.0, 0.0, 612.0, 792.0)
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# Forms nested deeper than this are not looked into (pdfium stops well before a loop would matter).
MAX_FORM_DEPTH = 12
# Drawing objects read per page at most: ruling lines are found long before; a page of a million
# paths (a hostile file, a plotted map) is not read to its end.
MAX_OBJECTS = 100_000


class Frame:
    """The page as displayed: crop box and clockwise rotation; maps PDF points to pdfplumber's (x, top)."""

    def __init__(self, cropbox: Sequence[float], rotation: int):
        left, bottom, right, top = cropbox
        if abs(right - left) < 1 or abs(top - bottom) < 1:
            left, bottom, right, top = LETTER  # no usable page size: readers assume US Letter
        self.left, self.right = min(left, right), max(left, right)
        self.bottom, self.top = min(bottom, top), max(bottom, top)
        self.rotation = rotation % 360
        wide, high = self.right - self.left, self.top - self.bottom
        self.width, self.height = (high, wide) if self.rotation in (90, 270) else (wide, high)

    def point(self, x: float, y: float) -> Point:
        r = self.rotation
        if r == 0:
            return x - self.left, self.top - y
        if r == 90:
            return y - self.bottom, x - self.left
        if r == 180:
            return self.right - x, y - self.bottom
        return self.top - y, self.right - x

    def x_span(self, left: float, right: float, bottom: float, top: float) -> Point:
        """Where a box (PDF points) starts and ends across the page as displayed."""
        r = self.rotation
        if r == 0:
            return left - self.left, right - self.left
        if r == 90:
            return bottom - self.bottom, top - self.bottom
        if r == 180:
            return self.right - right, self.right - left
        return self.top - top, self.top - bottom

    def vector(self, vx: float, vy: float) -> Point:
        """A direction as displayed, y pointing up (for telling upright text)."""
        r = self.rotation
        if r == 0:
            return vx, vy
        if r == 90:
            return vy, -vx
        if r == 180:
            return -vx, -vy
        return -vy, vx


def _then(first: Matrix, second: Matrix) -> Matrix:
    """The matrix applying `first`, then `second`."""
    a, b, c, d, e, f = first
    a2, b2, c2, d2, e2, f2 = second
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _apply(m: Matrix, x: float, y: float) -> Point:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _matrix(obj: Handle) -> Matrix:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, byref(m)):
        return IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def drawings(page: pdfium.PdfPage, frame: Frame, hidden: frozenset[str] = frozenset()) -> tuple[list[Edge], list[BBox], list[BBox]]:
    """The page's edges (pdfplumber's dicts), picture boxes, and the boxes of its closed shapes (frames, cards); none
    drawn on a `hidden` layer."""
    edges: list[Edge] = []
    images: list[BBox] = []
    shapes: list[BBox] = []
    budget = [MAX_OBJECTS]
    _walk(page.raw, None, IDENTITY, frame, (edges, images, shapes), 0, budget, hidden)
    return edges, images, shapes


def _walk(page: Handle, form: Handle, outer: Matrix, frame: Frame, out: tuple[list[Edge], list[BBox], list[BBox]],
          depth: int, budget: list[int], hidden: frozenset[str]) -> None:
    edges, images, shapes = out
    count = raw.FPDFFormObj_CountObjects(form) if form is not None else raw.FPDFPage_CountObjects(page)
    for i in range(max(count, 0)):
        if budget[0] <= 0:
            return
        budget[0] -= 1
        obj = raw.FPDFFormObj_GetObject(form, i) if form is not None else raw.FPDFPage_GetObject(page, i)
        if not obj or on_hidden_layer(obj, hidden):
            continue
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            for shape, points in _subpaths(obj, _then(_matrix(obj), outer), frame):
                edges.extend(_edges(shape, points))
                if shape.endswith("h") and len(points) >= 4:
                    xs, ys = [p[0] for p in points], [p[1] for p in points]
                    shapes.append((min(xs), min(ys), max(xs), max(ys)))
        elif kind == raw.FPDF_PAGEOBJ_IMAGE:
            box = _bounds(obj, outer, frame)
            if box:
                images.append(box)
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
            _walk(page, obj, _then(_matrix(obj), outer), frame, out, depth + 1, budget, hidden)


def _bounds(obj: Handle, outer: Matrix, frame: Frame) -> BBox | None:
    left, bottom, right, top = c_float(), c_float(), c_float(), c_float()
    if not raw.FPDFPageObj_GetBounds(obj, byref(left), byref(bottom), byref(right), byref(top)):
        return None
    corners = [frame.point(*_apply(outer, x, y)) for x in (left.value, right.value) for y in (bottom.value, top.value)]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    return (min(xs), min(ys), max(xs), max(ys))


def _subpaths(obj: Handle, matrix: Matrix, frame: Frame) -> list[tuple[str, list[Point]]]:
    """The painted subpaths of a path object: pdfminer's shape letters (m, l, c, h) and end points, as displayed."""
    fill, stroke = c_int(), c_int()
    if raw.FPDFPath_GetDrawMode(obj, byref(fill), byref(stroke)) and not fill.value and not stroke.value:
        return []  # neither filled nor stroked: nothing is drawn
    x, y = c_float(), c_float()
    out: list[tuple[str, list[Point]]] = []
    shape: list[str] = []
    points: list[Point] = []
    start: Point = (0.0, 0.0)
    curve_points = 0
    for k in range(raw.FPDFPath_CountSegments(obj)):
        segment = raw.FPDFPath_GetPathSegment(obj, k)
        kind = raw.FPDFPathSegment_GetType(segment)
        raw.FPDFPathSegment_GetPoint(segment, byref(x), byref(y))
        point = frame.point(*_apply(matrix, x.value, y.value))
        if kind == raw.FPDF_SEGMENT_MOVETO:
            if shape:
                out.append(("".join(shape), points))
            shape, points, start, curve_points = ["m"], [point], point, 0
        elif kind == raw.FPDF_SEGMENT_BEZIERTO:
            curve_points += 1
            if curve_points % 3:
                continue  # a control point: pdfminer keeps only where the curve ends
            shape.append("c")
            points.append(point)
        elif kind == raw.FPDF_SEGMENT_LINETO:
            shape.append("l")
            points.append(point)
        else:
            continue
        if raw.FPDFPathSegment_GetClose(segment):
            shape.append("h")
            points.append(start)
    if shape:
        out.append(("".join(shape), points))
    return out


def _edges(shape: str, pts: list[Point]) -> list[Edge]:
    """pdfminer's LTLine / LTRect / LTCurve for one subpath, as pdfplumber's edges."""
    if not shape.startswith("m"):
        return []
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"  # a redundant "l" back to the start before "h"
        pts = pts[:-2] + pts[-1:]
    if shape in ("ml", "mlh"):
        (x0, y0), (x1, y1) = pts[0], pts[1]
        orientation = "h" if y0 == y1 else "v"  # pdfplumber calls every other line vertical
        return [_edge(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), orientation, "line")]
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if pts[0] == pts[4] and square:
            left, right = min(x0, x2), max(x0, x2)
            top, bottom = min(y0, y2), max(y0, y2)
            return [
                _edge(left, top, right, top, "h", "rect_edge"),
                _edge(left, bottom, right, bottom, "h", "rect_edge"),
                _edge(left, top, left, bottom, "v", "rect_edge"),
                _edge(right, top, right, bottom, "v", "rect_edge"),
            ]
    out = []
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
        curve: str | None = "v" if x0 == x1 else ("h" if y0 == y1 else None)
        out.append(_edge(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), curve, "curve_edge"))
    return out


def _edge(x0: float, top: float, x1: float, bottom: float, orientation: str | None, kind: str) -> Edge:
    return {
        "object_type": kind,
        "orientation": orientation,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
    }
