"""English boilerplate data: block headings, inline insert cues, banner phrases and leftover lines.

Same constant names as ``lexicon/fr/boilerplate.py``; entries are written as they appear on pages
and folded by the code (casefold, accents removed, punctuation trimmed at both ends). On an
English page these are merged with the French data (``lexicon.for_page``).
"""

from __future__ import annotations

#: a block whose heading (or label) is exactly one of these is boilerplate, with the given data-ak label
HEADINGS: dict[str, str] = {
    # related-article blocks
    "Related": "related",
    "Related articles": "related",
    "Related stories": "related",
    "Related content": "related",
    "Related posts": "related",
    "Related news": "related",
    "Related coverage": "related",
    "Related links": "related",
    "Related reading": "related",
    "More on this story": "related",
    "More on this topic": "related",
    "More on this": "related",
    "More stories": "related",
    "More news": "related",
    "More from our network": "related",
    "Read more": "related",
    "Explore further": "related",
    "Read next": "related",
    "Read more about": "related",
    "Recommended": "related",
    "Recommended for you": "related",
    "Recommended stories": "related",
    "Recommended articles": "related",
    "You may also like": "related",
    "You might also like": "related",
    "You may be interested in": "related",
    "You might be interested in": "related",
    "See also": "related",
    "Also read": "related",
    "Further reading": "related",
    "What to read next": "related",
    "Keep reading": "related",
    "Editor's picks": "related",
    "Editors' picks": "related",
    # tickers and rankings
    "Most read": "ticker",
    "Most popular": "ticker",
    "Most viewed": "ticker",
    "Most shared": "ticker",
    "Most commented": "ticker",
    "Most read articles": "ticker",
    "Popular": "ticker",
    "Popular now": "ticker",
    "Popular stories": "ticker",
    "Trending": "ticker",
    "Trending now": "ticker",
    "Trending stories": "ticker",
    "Top stories": "ticker",
    "Latest news": "ticker",
    "Latest stories": "ticker",
    "Latest articles": "ticker",
    "Latest": "ticker",
    "Recent posts": "ticker",
    "Recent articles": "ticker",
    "Recent stories": "ticker",
    "Breaking news": "ticker",
    # ads and promotions
    "Sponsored content": "ad",
    "Sponsored stories": "ad",
    "Promoted stories": "ad",
    "Promoted content": "ad",
    "Around the web": "ad",
    "From the web": "ad",
    "Paid content": "ad",
    "Subscribe": "promo",
    "Subscribe now": "promo",
    # share, comments, newsletter, tags
    "Share": "share",
    "Share this": "share",
    "Share this article": "share",
    "Share this story": "share",
    "Share this post": "share",
    "Share this page": "share",
    "Share on": "share",
    "Share via": "share",
    "Like this": "share",
    "Comments": "comments",
    "Comment": "comments",
    "Leave a comment": "comments",
    "Leave a reply": "comments",
    "Post a comment": "comments",
    "Add a comment": "comments",
    "Join the conversation": "comments",
    "Join the discussion": "comments",
    "Reader comments": "comments",
    "Newsletter": "newsletter",
    "Sign up for our newsletter": "newsletter",
    "Subscribe to our newsletter": "newsletter",
    "Get our newsletter": "newsletter",
    "Tags": "nav",
    "Topics": "nav",
    "Related topics": "nav",
}

#: a short element whose text starts with one of these, followed by a separator, is an insert
#: pointing elsewhere ("Read more: The title of another story"): data-ak="related"
INSERT_PREFIXES: tuple[str, ...] = (
    "Read more",
    "Read also",
    "Also read",
    "Read next",
    "Related",
    "See also",
    "More on this",
    "Recommended",
    "Related coverage",
    "Further reading",
)

#: phrases that mark a short block as a banner or box wherever they appear in it
BANNER_PHRASES: dict[str, str] = {
    "We use cookies": "cookie",
    "uses cookies": "cookie",
    "use of cookies": "cookie",
    "Accept cookies": "cookie",
    "Accept all cookies": "cookie",
    "Cookie settings": "cookie",
    "Cookie policy": "cookie",
    "Manage cookies": "cookie",
    "Sign up for our newsletter": "newsletter",
    "Subscribe to our newsletter": "newsletter",
    "Sign up to our newsletter": "newsletter",
    "Get our newsletter": "newsletter",
    "Share on Facebook": "share",
    "Share on Twitter": "share",
    "Share on LinkedIn": "share",
    "Share via Email": "share",
    "Share this article": "share",
    "Copy link": "share",
    "Already a subscriber": "promo",
    "Subscribers only": "promo",
    "Support our journalism": "promo",
    "All rights reserved": "promo",
    "Create an account": "promo",
    "Create a free account": "promo",
    "Sign in to continue": "promo",
    "Already have an account": "promo",
    "Don't have an account": "promo",
    "Thank you for registering": "promo",
    "Subscribe for more": "promo",
    "Unlock more articles": "promo",
    "By signing up": "newsletter",
    "Stay up to date with notifications": "newsletter",
    "We respect your privacy": "cookie",
    "Follow us on": "share",
    "This article contains affiliate links": "promo",
    "This post contains affiliate links": "promo",
    "contains affiliate links": "promo",
    "may contain affiliate links": "promo",
    "we may earn a commission": "promo",
    "may earn an affiliate commission": "promo",
    "Opinions expressed are solely those of": "promo",
    "using an ad blocker": "promo",
    "ad blocker is enabled": "promo",
    "disable your ad blocker": "promo",
    "does not offer medical advice": "promo",
    "does not provide medical advice": "promo",
    "not intended as medical advice": "promo",
    "apps for iOS and Android": "promo",
    "Submit your letter to the editor": "promo",
    "If you enjoyed reading this post": "promo",
    "and is filed under": "nav",
    "Subscribe now": "promo",
}

#: a body line starting with one of these (and short) is a byline, date line, credit or reading time
LINE_PREFIXES: tuple[str, ...] = (
    "Published on",
    "Published at",
    "Published:",
    "First published",
    "Updated on",
    "Updated at",
    "Updated:",
    "Last updated",
    "Last modified",
    "Posted on",
    "Posted at",
    "Posted:",
    "Photo:",
    "Photos:",
    "Photo credit",
    "Photograph:",
    "Image:",
    "Image credit",
    "Image source",
    "Credit:",
    "Credits:",
    "Illustration:",
    "Reading time",
    "Read time",
    "Estimated reading time",
)

#: a short block whose whole text is one of these is a leftover label or button, not article text
EXACT_LINES: tuple[str, ...] = (
    "Advertisement",
    "Advertising",
    "Sponsored",
    "Share",
    "Share this",
    "Share this article",
    "Share this story",
    "Tweet",
    "Print",
    "Email",
    "Comments",
    "Read more",
    "Continue reading",
    "Back to top",
    "Subscribe",
    "Story continues below advertisement",
    "Article continues below advertisement",
    "Article continues below",
    "Story continues below",
    "Skip advertisement",
    "Like this",
    "Like Loading",
    "Loading",
)

#: a short line starting with one of these and then a capitalised name is a byline ("By Jane Doe")
BYLINE_PREFIXES: tuple[str, ...] = (
    "By",
    "Written by",
    "Posted by",
    "Words by",
    "Reporting by",
)

#: longest such line, in characters: past it, the line is prose that happens to start the same way
LINE_MAX_CHARS: int = 120

#: words of reading-time lines ("3 min read")
READING_TIME_SUFFIXES: tuple[str, ...] = ("min read", "mins read", "minute read", "minutes read", "min. read")

#: frequent short words of the language: a page whose text has many of them is in this language
STOPWORDS: frozenset[str] = frozenset(
    {
        "the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he", "as",
        "are", "his", "they", "be", "at", "have", "this", "from", "by", "had", "not", "but", "were",
        "which", "she", "her", "their", "has", "been", "would", "who", "will", "there", "said",
    }
)  # fmt: skip

#: words opening the heading of a list of links to other pages ("More from Politics"): the block is
#: labelled related only when what the heading introduces is mostly links
MORE_HEADING_PREFIXES: tuple[str, ...] = (
    "More from",
    "More on",
    "More in",
    "More about",
    "More stories",
    "Latest from",
    "Latest in",
    "Other stories",
    "Other articles",
    "All articles",
)
