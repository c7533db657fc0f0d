(RMOS Desktop 0.1.0 - grbl post)
(tool saw:veneer_160 - Veneer saw 160 - D160 96T kerf 1.2)
(material hardwood - machine default)
(job Veneer trim [worked example 1])
(request sha256 9dc8f6bd19c4cef5a3fb9c1e1f60ba93093cc98f48bf27a10572184f5aec8156)
(line: 1 cuts x 1 passes, depth 1.000, rpm 6000, feed 5000)
G21 G90 G17 G94
G0 Z5.000
S6000 M3
G4 P2
G0 X22.610 Y10.000
G1 Z-1.000 F600
G1 X287.390 Y10.000 F5000
G0 Z5.000
M5
M30
