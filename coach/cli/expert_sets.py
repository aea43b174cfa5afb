"""The expert-scored critique sets ``coach eval critique --set`` can measure, newest last."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer


class ExpertSet(StrEnum):
    EXPERT = "expert"  # held out first; measured once, then its misses were looked at
    EXPERT_2 = "expert-2"  # a second set by two new writers; measured once, misses looked at
    EXPERT_3 = "expert-3"  # a third set by two more writers; measured once, misses looked at
    EXPERT_4 = "expert-4"  # measured once, then its misses addressed
    EXPERT_5 = "expert-5"  # measured once, then its misses looked at
    EXPERT_6 = "expert-6"  # measured once, then its misses looked at
    EXPERT_7 = "expert-7"  # measured once, then its misses looked at
    EXPERT_8 = "expert-8"  # measured once, then its misses looked at
    EXPERT_9 = "expert-9"  # measured once, then its misses looked at
    EXPERT_10 = "expert-10"  # measured once, then its misses looked at
    EXPERT_11 = "expert-11"  # measured once, then its misses looked at
    EXPERT_12 = "expert-12"  # measured once, then its misses looked at
    EXPERT_13 = "expert-13"  # measured once unseen with the code expert-14 measured too
    EXPERT_14 = "expert-14"  # measured once unseen with the code expert-13 was measured with
    EXPERT_15 = "expert-15"  # measured once unseen, then its misses addressed
    EXPERT_16 = "expert-16"  # measured once unseen, then its misses addressed
    EXPERT_17 = "expert-17"  # measured once unseen, then its misses addressed
    EXPERT_18 = "expert-18"  # measured once unseen, then its misses addressed
    EXPERT_19 = "expert-19"  # measured once unseen, then its misses addressed
    EXPERT_20 = "expert-20"  # measured once unseen, then its misses addressed
    EXPERT_21 = "expert-21"  # measured once unseen, then its misses addressed
    EXPERT_22 = "expert-22"  # measured once unseen, then its misses addressed
    EXPERT_23 = "expert-23"  # measured once unseen, then its misses addressed
    EXPERT_24 = "expert-24"  # measured once unseen, then its misses addressed
    EXPERT_25 = "expert-25"  # measured once unseen, then its misses addressed
    EXPERT_26 = "expert-26"  # measured once unseen, then its misses addressed
    EXPERT_27 = "expert-27"  # measured once unseen, then its misses addressed
    EXPERT_28 = "expert-28"  # measured once unseen, then its misses addressed
    EXPERT_29 = "expert-29"  # measured once unseen, then its misses addressed
    EXPERT_30 = "expert-30"  # measured once unseen, then its misses addressed
    EXPERT_31 = "expert-31"  # measured once unseen, then its misses addressed
    EXPERT_32 = "expert-32"  # measured once unseen, then its misses addressed
    EXPERT_33 = "expert-33"  # measured once unseen, then its misses addressed
    EXPERT_34 = "expert-34"  # measured once unseen, then its misses addressed
    EXPERT_35 = "expert-35"  # measured once unseen, with the critique expert-36 met too
    EXPERT_36 = "expert-36"  # measured once unseen, then its misses addressed
    EXPERT_37 = "expert-37"  # measured once unseen, then its misses addressed
    EXPERT_38 = "expert-38"  # measured once unseen, then its misses addressed
    EXPERT_39 = "expert-39"  # measured once unseen, then its misses addressed
    EXPERT_40 = "expert-40"  # measured once unseen, then its misses addressed
    EXPERT_41 = "expert-41"  # measured once unseen, then its misses addressed
    EXPERT_42 = "expert-42"  # measured once unseen, then its misses addressed
    EXPERT_43 = "expert-43"  # measured once unseen, then its misses addressed
    EXPERT_44 = "expert-44"  # measured once unseen, then its misses addressed
    EXPERT_45 = "expert-45"  # measured once unseen, then its misses addressed
    EXPERT_46 = "expert-46"  # measured once unseen, then its misses addressed
    EXPERT_47 = "expert-47"  # measured once unseen, then its misses addressed
    EXPERT_48 = "expert-48"  # measured once unseen, then its misses addressed
    EXPERT_49 = "expert-49"  # measured once unseen, then its misses addressed
    EXPERT_50 = "expert-50"  # measured once unseen, then its misses addressed
    EXPERT_51 = "expert-51"  # measured once unseen, then its misses addressed
    EXPERT_52 = "expert-52"  # measured once unseen, then its misses addressed
    EXPERT_53 = "expert-53"  # measured once unseen, then its misses addressed
    EXPERT_54 = "expert-54"  # measured once unseen, then its misses addressed
    EXPERT_55 = "expert-55"  # measured once unseen, then its misses addressed
    EXPERT_56 = "expert-56"  # measured once unseen, then its misses addressed
    EXPERT_57 = "expert-57"  # measured once unseen, then its misses addressed
    EXPERT_58 = "expert-58"  # measured once unseen, then its misses addressed
    EXPERT_59 = "expert-59"  # measured once unseen, then its misses addressed
    EXPERT_60 = "expert-60"  # measured once unseen, then its misses addressed
    EXPERT_61 = "expert-61"  # measured once unseen, then its misses addressed
    EXPERT_62 = "expert-62"  # measured once unseen, then its misses addressed
    EXPERT_63 = "expert-63"  # measured once unseen, then its misses addressed
    EXPERT_64 = "expert-64"  # measured once unseen, then its misses addressed
    EXPERT_65 = "expert-65"  # measured once unseen, then its misses addressed
    EXPERT_66 = "expert-66"  # measured once unseen, then its misses addressed
    EXPERT_67 = "expert-67"  # measured once unseen, then its misses addressed
    EXPERT_68 = "expert-68"  # measured once unseen, then its misses addressed
    EXPERT_69 = "expert-69"  # measured once unseen, then its misses addressed
    EXPERT_70 = "expert-70"  # measured once unseen, then its misses addressed
    EXPERT_71 = "expert-71"  # measured once unseen, then its misses addressed
    EXPERT_72 = "expert-72"  # measured once unseen, then its misses addressed
    EXPERT_73 = "expert-73"  # measured once unseen, then its misses addressed
    EXPERT_74 = "expert-74"  # measured once unseen, then its misses looked at
    EXPERT_75 = "expert-75"  # measured once unseen, then its misses looked at
    EXPERT_76 = "expert-76"  # measured once unseen, then its misses looked at
    EXPERT_77 = "expert-77"  # measured once unseen, then its misses looked at
    EXPERT_78 = "expert-78"  # measured once unseen, then its misses looked at
    EXPERT_79 = "expert-79"  # measured once unseen, then its misses looked at
    EXPERT_80 = "expert-80"  # measured once unseen, then its misses looked at
    EXPERT_81 = "expert-81"  # measured once unseen, then its misses looked at
    EXPERT_82 = "expert-82"  # measured once unseen, then its misses looked at
    EXPERT_83 = "expert-83"  # measured once unseen, then its misses looked at
    EXPERT_84 = "expert-84"  # measured once unseen, then its misses looked at
    EXPERT_85 = "expert-85"  # measured once unseen, then its misses looked at
    EXPERT_86 = "expert-86"  # measured once unseen, then its misses looked at
    EXPERT_87 = "expert-87"  # measured once unseen, then its misses looked at
    EXPERT_88 = "expert-88"  # measured once unseen, then its misses looked at
    EXPERT_89 = "expert-89"  # measured once unseen, then its misses looked at
    EXPERT_90 = "expert-90"  # measured once unseen, then its misses looked at
    EXPERT_91 = "expert-91"  # measured once unseen, then its misses looked at
    EXPERT_92 = "expert-92"  # measured once unseen, then its misses looked at
    EXPERT_93 = "expert-93"  # measured once unseen, then its misses looked at
    EXPERT_94 = "expert-94"  # measured once unseen, then its misses looked at
    EXPERT_95 = "expert-95"  # measured once unseen, then its misses looked at
    EXPERT_96 = "expert-96"  # measured once unseen, then its misses looked at
    EXPERT_97 = "expert-97"  # measured once unseen, then its misses looked at
    EXPERT_98 = "expert-98"  # measured once unseen, then its misses looked at
    EXPERT_99 = "expert-99"  # measured once unseen, then its misses looked at
    EXPERT_100 = "expert-100"  # measured once unseen, then its misses looked at
    EXPERT_101 = "expert-101"  # measured once unseen, then its misses looked at
    EXPERT_102 = "expert-102"  # measured once unseen, then its misses looked at
    EXPERT_103 = "expert-103"  # measured once unseen, then its misses looked at
    EXPERT_104 = "expert-104"  # measured once unseen, then its misses looked at
    EXPERT_105 = "expert-105"  # measured once unseen, then its misses looked at
    EXPERT_106 = "expert-106"  # measured once unseen, then its misses looked at
    EXPERT_107 = "expert-107"  # measured once unseen, then its misses looked at
    EXPERT_108 = "expert-108"  # measured once unseen, then its misses looked at
    EXPERT_109 = "expert-109"  # measured once unseen, then its misses looked at
    EXPERT_110 = "expert-110"  # measured once unseen, then its misses looked at
    EXPERT_111 = "expert-111"  # measured once unseen, then its misses looked at
    EXPERT_112 = "expert-112"  # measured once unseen, then its misses looked at
    EXPERT_113 = "expert-113"  # measured once unseen, then its misses looked at
    EXPERT_114 = "expert-114"  # measured once unseen, then its misses looked at
    EXPERT_115 = "expert-115"  # measured once unseen, then its misses looked at
    EXPERT_116 = "expert-116"  # measured once unseen, then its misses looked at
    EXPERT_117 = "expert-117"  # measured once unseen, then its misses looked at
    EXPERT_118 = "expert-118"  # measured once unseen, then its misses looked at
    EXPERT_119 = "expert-119"  # measured once unseen, then its misses looked at
    EXPERT_120 = "expert-120"  # measured once unseen, then its misses looked at
    EXPERT_121 = "expert-121"  # measured once unseen, then its misses looked at
    EXPERT_122 = "expert-122"  # measured once unseen, then its misses looked at
    EXPERT_123 = "expert-123"  # measured once unseen, then its misses looked at
    EXPERT_124 = "expert-124"  # measured once unseen, then its misses looked at
    EXPERT_125 = "expert-125"  # measured once unseen, then its misses looked at
    EXPERT_126 = "expert-126"  # measured once unseen, then its misses looked at
    EXPERT_127 = "expert-127"  # measured once unseen, then its misses looked at
    EXPERT_128 = "expert-128"  # measured once unseen, then its misses looked at
    EXPERT_129 = "expert-129"  # measured once unseen, then its misses looked at
    EXPERT_130 = "expert-130"  # measured once unseen, then its misses looked at
    EXPERT_131 = "expert-131"  # measured once unseen, then its misses looked at
    EXPERT_132 = "expert-132"  # measured once unseen, then its misses looked at
    EXPERT_133 = "expert-133"  # measured once unseen, then its misses looked at
    EXPERT_134 = "expert-134"  # measured once unseen, then its misses looked at
    EXPERT_135 = "expert-135"  # measured once unseen, then its misses looked at
    EXPERT_136 = "expert-136"  # measured once unseen, then its misses looked at
    EXPERT_137 = "expert-137"  # measured once unseen, then its misses looked at
    EXPERT_138 = "expert-138"  # measured once unseen, then its misses looked at
    EXPERT_139 = "expert-139"  # measured once unseen, then its misses looked at
    EXPERT_140 = "expert-140"  # the newest: measured once unseen
    EXPERT_DEV = "expert-dev"  # the development set the critique was tuned on


SetOption = Annotated[
    ExpertSet,
    typer.Option("--set", help="Which expert-scored set (expert-140 is the newest)."),
]
