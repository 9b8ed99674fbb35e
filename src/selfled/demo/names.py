"""Fictional names for demo data (combinations, not real people)."""

FIRST = (
    "Avery Blair Cameron Dakota Emerson Finley Harper Indigo Jordan Kai Logan Marlow Noel "
    "Oakley Parker Quinn Reese Rowan Sage Skyler Tatum Umber Vesper Wren Yael Zion Alex Bailey "
    "Casey Devon Ellis Frankie Gray Hollis Jamie Kendall Lane Morgan Nico Peyton Riley Sasha "
    "Toby Val Winter Arden Briar Corin Darcy Eden Fern Gale Haven Ira Juno Kit Lark Moss Nova"
).split()
LAST = (
    "Ashdown Birchfield Calloway Dunmore Everly Fairweather Greywell Holloway Ingram Juniper "
    "Kestrel Larkspur Merriman Northcott Oakhurst Pembrook Quill Ravensworth Sallow Thistle "
    "Underhill Vale Whitlow Yarrow Amberley Bramble Coldwater Dewhurst Elmsworth Foxley Glenhaven "
    "Hartwell Ivybridge Kingsley Lindqvist Mossgrove Nettleford Ormsby Pinecrest Rushmere"
).split()
WORDS = (
    "maple river lantern harbor meadow cedar willow ember summit canyon orchard pebble "
    "thistle comet juniper sparrow glacier prairie lagoon birch falcon tidal quarry fern"
).split()
