c a path
s td 2 2 3
b 1 1 2
b 2 2 3
1 2
