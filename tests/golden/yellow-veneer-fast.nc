(RMOS Desktop 0.1.0 - grbl post)
(tool saw:veneer_160 - Veneer saw 160 - D160 96T kerf 1.2)
(material hardwood - machine default)
(job Veneer trim, fast [worked example 2])
(request sha256 72a8bf6be24d4bb3639b3642a24364a3b33f665c5d2b2a171e4209171638fd3e)
(line: 1 cuts x 1 passes, depth 1.000, rpm 9500, feed 8000)
G21 G90 G17 G94
G0 Z5.000
S9500 M3
G4 P2
G0 X22.610 Y10.000
G1 Z-1.000 F600
G1 X287.390 Y10.000 F8000
G0 Z5.000
M5
M30
