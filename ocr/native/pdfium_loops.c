/* The loops over a PDF page's characters and objects, in one call each (see ocr/native/__init__.py).
 *
 * PDFium answers one character or object a call; from Python each answer costs a ctypes call of about a
 * microsecond, and a page asks several per character and per object. The functions are passed in as
 * pointers, so this file needs no PDFium header and links against nothing: pypdfium2 has already loaded
 * the library. Arithmetic is done in doubles in the order ocr/pdf_rulings.py does it (built with
 * -ffp-contract=off): the same rulings to the last bit. */

/* What reading a text page asks of every character (ocr/pdf_text_layer.py). */

typedef int (*loose_char_box)(void *textpage, int index, float *rect);
typedef int (*is_generated)(void *textpage, int index);
typedef int (*char_matrix)(void *textpage, int index, float *matrix);
typedef double (*font_size)(void *textpage, int index);

/* functions: FPDFText_GetLooseCharBox, FPDFText_IsGenerated, FPDFText_GetMatrix, FPDFText_GetFontSize.
 * Per character: boxes 4 floats (FS_RECTF) and found (1 where PDFium gave a box); generated (1, 0 or
 * -1, as PDFium answers); matrices 6 floats (FS_MATRIX) and has_matrix; sizes. Returns count. */
int text_chars(void **functions, void *textpage, int count, float *boxes, unsigned char *found,
               signed char *generated, float *matrices, unsigned char *has_matrix, double *sizes)
{
    loose_char_box box = (loose_char_box)functions[0];
    is_generated made_up = (is_generated)functions[1];
    char_matrix matrix = (char_matrix)functions[2];
    font_size size = (font_size)functions[3];
    for (int i = 0; i < count; i++) {
        found[i] = box(textpage, i, boxes + 4 * i) ? 1 : 0;
        generated[i] = (signed char)made_up(textpage, i);
        has_matrix[i] = matrix(textpage, i, matrices + 6 * i) ? 1 : 0;
        sizes[i] = size(textpage, i);
    }
    return count;
}

/* A page's vertical rulings and its largest image, as ocr/pdf_rulings.py finds them (that module says
 * what counts), walked here in one call: a page of a few hundred objects cost several ctypes calls an
 * object. functions: FPDFPage_CountObjects, FPDFPage_GetObject, FPDFPageObj_GetType,
 * FPDFPageObj_GetMatrix, FPDFPageObj_GetBounds, FPDFFormObj_CountObjects, FPDFFormObj_GetObject,
 * FPDFPath_CountSegments, FPDFPath_GetPathSegment, FPDFPathSegment_GetPoint, FPDFPathSegment_GetType,
 * FPDFPathSegment_GetClose. */

typedef int (*count_fn)(void *);
typedef void *(*get_fn)(void *, int);
typedef void *(*get_form_fn)(void *, unsigned long);
typedef int (*type_fn)(void *);
typedef int (*matrix_fn)(void *, float *);
typedef int (*bounds_fn)(void *, float *, float *, float *, float *);
typedef int (*point_fn)(void *, float *, float *);

enum { PATH = 2, IMAGE = 3, FORM = 5, LINETO = 0, MOVETO = 2, MAX_DEPTH = 4, MAX_SEGMENTS = 100000 };
static const double MIN_RULE = 4.0, STRAIGHT = 0.5;

struct walk {
    void **f;
    double *rules; /* x, low y, high y */
    int capacity, found;
    double largest;
};

static void vertical(struct walk *w, const double *a, const double *b)
{
    double dx = a[0] - b[0], dy = a[1] - b[1];
    if ((dx < 0 ? -dx : dx) <= STRAIGHT && (dy < 0 ? -dy : dy) > MIN_RULE) {
        if (w->found < w->capacity) {
            double *out = w->rules + 3 * w->found;
            out[0] = (a[0] + b[0]) / 2;
            out[1] = a[1] < b[1] ? a[1] : b[1];
            out[2] = a[1] < b[1] ? b[1] : a[1];
        }
        w->found++;
    }
}

static void apply(const double *m, double x, double y, double *out)
{
    out[0] = m[0] * x + m[2] * y + m[4];
    out[1] = m[1] * x + m[3] * y + m[5];
}

static void segments(struct walk *w, void *path, const double *m)
{
    int count = ((count_fn)w->f[7])(path);
    if (count <= 1 || count > MAX_SEGMENTS)
        return;
    double start[2], previous[2], point[2];
    int has_start = 0, has_previous = 0;
    for (int i = 0; i < count; i++) {
        void *segment = ((get_fn)w->f[8])(path, i);
        float x, y;
        if (!segment || !((point_fn)w->f[9])(segment, &x, &y))
            continue;
        apply(m, x, y, point);
        int kind = ((type_fn)w->f[10])(segment);
        if (kind == MOVETO) {
            start[0] = point[0], start[1] = point[1], has_start = 1;
        } else if (kind == LINETO && has_previous) {
            vertical(w, previous, point);
        }
        if (((type_fn)w->f[11])(segment) && has_start)
            vertical(w, point, start);
        previous[0] = point[0], previous[1] = point[1], has_previous = 1;
    }
}

static void compose(const float *inner, const double *outer, double *out)
{
    double a = inner[0], b = inner[1], c = inner[2], d = inner[3], e = inner[4], f = inner[5];
    out[0] = a * outer[0] + b * outer[2];
    out[1] = a * outer[1] + b * outer[3];
    out[2] = c * outer[0] + d * outer[2];
    out[3] = c * outer[1] + d * outer[3];
    out[4] = e * outer[0] + f * outer[2] + outer[4];
    out[5] = e * outer[1] + f * outer[3] + outer[5];
}

static void walk(struct walk *w, void *parent, int form, const double *outer, int depth)
{
    int count = ((count_fn)w->f[form ? 5 : 0])(parent);
    for (int i = 0; i < count; i++) {
        void *object = form ? ((get_form_fn)w->f[6])(parent, (unsigned long)i) : ((get_fn)w->f[1])(parent, i);
        if (!object)
            continue;
        int kind = ((type_fn)w->f[2])(object);
        float raw[6];
        if ((kind != PATH && kind != IMAGE && kind != FORM) || !((matrix_fn)w->f[3])(object, raw))
            continue;
        double m[6];
        compose(raw, outer, m);
        if (kind == PATH) {
            float left, bottom, right, top;
            int tall = depth || !((bounds_fn)w->f[4])(object, &left, &bottom, &right, &top)
                       || (double)top - (double)bottom > MIN_RULE;
            if (tall)
                segments(w, object, m);
        } else if (kind == IMAGE) {
            double corner[4][2];
            apply(m, 0, 0, corner[0]), apply(m, 1, 0, corner[1]), apply(m, 0, 1, corner[2]), apply(m, 1, 1, corner[3]);
            double x0 = corner[0][0], x1 = x0, y0 = corner[0][1], y1 = y0;
            for (int k = 1; k < 4; k++) {
                x0 = corner[k][0] < x0 ? corner[k][0] : x0, x1 = corner[k][0] > x1 ? corner[k][0] : x1;
                y0 = corner[k][1] < y0 ? corner[k][1] : y0, y1 = corner[k][1] > y1 ? corner[k][1] : y1;
            }
            double area = (x1 - x0) * (y1 - y0);
            w->largest = area > w->largest ? area : w->largest;
        } else if (depth < MAX_DEPTH) {
            walk(w, object, 1, m, depth + 1);
        }
    }
}

/* rules: capacity x 3 doubles (x, low y, high y in PDF space); largest: the largest image's area.
 * Returns the number of rulings found (more than capacity: call again with room for them all). */
int page_rulings(void **functions, void *page, double *rules, int capacity, double *largest)
{
    static const double identity[6] = {1, 0, 0, 1, 0, 0};
    struct walk w = {functions, rules, capacity, 0, 0.0};
    walk(&w, page, 0, identity, 0);
    *largest = w.largest;
    return w.found;
}
